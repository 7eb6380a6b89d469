/** Sentence spans and quotation spans with character offsets into the document text. */
import words from '../model/words.json';

const ABBREVIATIONS = new Set(words.abbreviations.map((a) => a.toLowerCase()));

export interface Span {
  start: number;
  end: number;
}

/**
 * A stretch longer than this with no sentence end is cut at whitespace into pieces of at most this
 * length: no news sentence is that long, and the stages after this one read a sentence in time that
 * grows with its length for every trigger and mention in it (a 1 MB line took minutes).
 */
export const MAX_SENTENCE_CHARS = 1_000;

/** Splits `text.slice(start, end)` into sentences; a period after an abbreviation or an initial does not end one. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  // Matches start only at the first mark of a run: a run of marks with no capital after it then fails
  // once, not once per mark (100,000 periods took minutes).
  const boundary = /(?<![.!?])[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[\p{Lu}\d])/gu;
  const slice = text.slice(start, end);
  let sentenceStart = 0;
  const cutLongSentence = (limit: number) => {
    while (limit - sentenceStart > MAX_SENTENCE_CHARS) {
      const cut = cutPoint(slice, sentenceStart);
      pushTrimmed(spans, slice, sentenceStart, cut, start);
      sentenceStart = cut;
    }
  };
  for (const match of slice.matchAll(boundary)) {
    cutLongSentence(match.index);
    const stop = match.index + match[0].length;
    const before = slice.slice(sentenceStart, match.index);
    // Anchored at the start of the word, for the same reason.
    const lastWord = before.match(/(?<![\p{L}.])[\p{L}.]+$/u)?.[0] ?? '';
    if (match[0].startsWith('.') && (ABBREVIATIONS.has(lastWord.toLowerCase()) || /^\p{Lu}$/u.test(lastWord) || /^(\p{L}\.)+\p{L}$/u.test(lastWord))) {
      continue;
    }
    cutLongSentence(stop);
    pushTrimmed(spans, slice, sentenceStart, stop, start);
    sentenceStart = stop;
  }
  cutLongSentence(slice.length);
  pushTrimmed(spans, slice, sentenceStart, slice.length, start);
  return spans;
}

/** Where to cut a piece of at most MAX_SENTENCE_CHARS from `from`: after its last whitespace, else between two characters. */
function cutPoint(slice: string, from: number): number {
  const limit = from + MAX_SENTENCE_CHARS;
  for (let at = limit; at > from + 1; at--) if (/\s/.test(slice[at - 1])) return at;
  return /[\uD800-\uDBFF]/.test(slice[limit - 1]) ? limit - 1 : limit;
}

function pushTrimmed(spans: Span[], slice: string, from: number, to: number, offset: number): void {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(slice[a])) a++;
  while (b > a && /\s/.test(slice[b - 1])) b--;
  if (b > a) spans.push({ start: offset + a, end: offset + b });
}

/**
 * Spans inside quotation marks (curly or straight), the marks included. An unclosed quote runs to the
 * end of the paragraph, as news style continues quotes across paragraphs without closing them.
 */
export function quoteSpans(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let openChar = '';
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (open < 0) {
      if (c === '“' || (c === '"' && opensStraightQuote(text, i))) {
        open = i;
        openChar = c;
      }
    } else if ((openChar === '“' && (c === '”' || c === '"')) || (openChar === '"' && (c === '"' || c === '”'))) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end });
  return spans;
}

function opensStraightQuote(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1] : ' ';
  return /[\s(\[—–-]/.test(before) || i === 0;
}
