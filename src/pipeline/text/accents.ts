/** Accents folded away, for name keys and for the gazetteer's unaccented forms; no imports, so the model can use it. */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(UNDECOMPOSED_LETTERS, (letter) => PLAIN_LETTERS[letter]);
}

/** Letters with a stroke or a ligature that Unicode does not decompose: Radosław/Radoslaw, Løkke/Lokke, Đorđe/Dorde, Þórður/Thordur. */
const PLAIN_LETTERS: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ı: 'i', ħ: 'h', Ħ: 'H', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D' };
const UNDECOMPOSED_LETTERS = new RegExp(`[${Object.keys(PLAIN_LETTERS).join('')}]`, 'g');
