/** Titles GOLD.md drops from the front of a name before comparing. */
const LEADING_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'the', 'ayatollah', 'sheikh']);

/** Apostrophes, quotation marks and the transliteration signs for hamza and ayn ("Raʾisi"), removed outright. */
const QUOTES = /['"`´‘’‚‛“”„‟′″‵‶ʹʺʻʼʽʾʿˈ«»‹›]/gu;

/**
 * The name form GOLD.md compares: NFKD with accents dropped, lower case, quotes removed,
 * hyphens, dashes and any other non-letter, non-digit character as a space, leading titles
 * dropped (repeatedly: "the ayatollah ali khamenei"), spaces collapsed. A name made only of
 * titles normalises to "", which callers treat as matching nothing.
 */
export function normalizeName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(QUOTES, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ');
  let first = 0;
  while (first < words.length && LEADING_TITLES.has(words[first])) first += 1;
  return words.slice(first).join(' ');
}
