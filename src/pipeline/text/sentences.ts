/** Sentence spans and quotation spans with character offsets into the document text. */
import { lexicon } from '../model';
import { allMatches } from './clauses';
import { givenNameGender } from './given-names';

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
  const boundary = /(?<![.!?])[.!?]+["”'’)\]]*(?=\s+["“'‘(\[]?[\p{Lu}\d])/gu;
  const slice = text.slice(start, end);
  let sentenceStart = 0;
  for (const match of allMatches(slice, boundary)) {
    sentenceStart = cutLongSentence(spans, slice, sentenceStart, match.index, start);
    const stop = match.index + match[0].length;
    if (match[0].startsWith('.') && (isAbbreviation(lastWord(slice, sentenceStart, match.index), slice, sentenceStart, match.index) || opensAbbreviatedName(slice, sentenceStart, match.index, stop))) continue;
    sentenceStart = cutLongSentence(spans, slice, sentenceStart, stop, start);
    pushTrimmed(spans, slice, sentenceStart, stop, start);
    sentenceStart = stop;
  }
  sentenceStart = cutLongSentence(spans, slice, sentenceStart, slice.length, start);
  pushTrimmed(spans, slice, sentenceStart, slice.length, start);
  return spans;
}

/** Cuts pieces off a sentence from `sentenceStart` while it runs past MAX_SENTENCE_CHARS before `limit`; returns where the rest starts. */
function cutLongSentence(spans: Span[], slice: string, sentenceStart: number, limit: number, offset: number): number {
  let rest = sentenceStart;
  while (limit - rest > MAX_SENTENCE_CHARS) {
    const cut = cutPoint(slice, rest);
    pushTrimmed(spans, slice, rest, cut, offset);
    rest = cut;
  }
  return rest;
}

function isAbbreviation(word: string, slice: string, sentenceStart: number, end: number): boolean {
  return lexicon().abbreviations.has(word.toLowerCase()) || (/^\p{Lu}$/u.test(word) && isInitial(slice, sentenceStart, end - 1)) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/** A given name and a second capitalised word or an initial: "Theresa P. Lazaro", "Cristina Reyes". */
const NAME_GOES_ON = /^\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}/u;

/**
 * "Secretary Ma. Theresa P. Lazaro": an abbreviated given name that opens a name (no given name just
 * before it) ends no sentence when a female given name and more of the name follow ("… Jack Ma.
 * Chinese officials said" and "… Jack Ma. Theresa Lopez said" still end one).
 */
function opensAbbreviatedName(slice: string, sentenceStart: number, periodAt: number, stop: number): boolean {
  const word = lastWord(slice, sentenceStart, periodAt);
  if (stop !== periodAt + 1 || !lexicon().givenNameAbbreviations.has(word)) return false;
  let before = periodAt - word.length;
  while (before > sentenceStart && /\s/.test(slice[before - 1])) before--;
  if (givenNameGender(lastWord(slice, sentenceStart, before)) !== null) return false;
  const next = NAME_GOES_ON.exec(slice.slice(stop, stop + 40));
  return !!next && givenNameGender(next[1]) === 'female';
}

/**
 * A lone capital is an initial after a capitalised word or at a sentence's start ("George W. Bush",
 * "J. K. Rowling"); after a lower-case word it is a name of its own that can end a sentence
 * ("in a post on X.").
 */
function isInitial(slice: string, sentenceStart: number, letterAt: number): boolean {
  // Read backwards, as lastWord does: a pattern anchored at the end would be tried from every position.
  let end = letterAt;
  while (end > sentenceStart && /\s/.test(slice[end - 1])) end--;
  return !/^\p{Ll}/u.test(lastWord(slice, sentenceStart, end));
}

const LETTER = /^\p{L}$/u;

/**
 * The run of letters and periods that ends at `end`, not reaching back before `from`. Read backwards
 * from the end: a pattern anchored at the end is tried from every position of the sentence.
 */
export function lastWord(slice: string, from: number, end: number): string {
  let at = end;
  while (at > from) {
    const code = slice.charCodeAt(at - 1);
    if (code < 0x80) {
      if (code === 0x2e || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) at--;
      else break;
      continue;
    }
    // A low surrogate is a letter only with its high surrogate, inside the run's bounds.
    const pair = code >= 0xdc00 && code <= 0xdfff && at - 2 >= from && /[\uD800-\uDBFF]/.test(slice[at - 2]);
    const width = pair ? 2 : 1;
    if (!LETTER.test(slice.slice(at - width, at))) break;
    at -= width;
  }
  return slice.slice(at, end);
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
  // By character code: this loop reads every character of the corpus's readable blocks.
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== LEFT_QUOTE && c !== STRAIGHT_QUOTE && c !== RIGHT_QUOTE) continue;
    if (open < 0) {
      if (c === LEFT_QUOTE || (c === STRAIGHT_QUOTE && opensStraightQuote(text, i))) open = i;
    } else if (c === RIGHT_QUOTE || c === STRAIGHT_QUOTE) {
      // Either mark closes a quote opened by either.
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end });
  return spans.length > 0 || DOUBLE_QUOTE_MARK.test(text.slice(start, end)) ? spans : singleQuoteSpans(text, start, end);
}

const DOUBLE_QUOTE_MARK = /["“”]/;

/**
 * Spans inside single quotation marks, in a paragraph with no double ones (outlets that quote 'like this'): an opening
 * mark after a space, before a letter or digit; a closing one after a non-space, before no letter (not "Cox's").
 * Unclosed marks are no quote ("the '90s").
 */
function singleQuoteSpans(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  const slice = text.slice(start, end);
  // Most sentences hold no single quotation mark: the pattern, which looks behind at every character, is not run.
  if (!slice.includes("'") && !slice.includes('‘')) return spans;
  const pattern = /(?<=^|[\s(\[—–])['‘](?=[\p{L}\p{N}])[^'‘’\n]*?\S['’](?![\p{L}\p{N}])/gu;
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) spans.push({ start: start + match.index, end: start + match.index + match[0].length });
  return spans;
}

const LEFT_QUOTE = 0x201c;
const RIGHT_QUOTE = 0x201d;
const STRAIGHT_QUOTE = 0x22;

function opensStraightQuote(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1] : ' ';
  return /[\s(\[—–-]/.test(before) || i === 0;
}
