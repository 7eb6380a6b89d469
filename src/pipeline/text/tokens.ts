/** Word tokens with character offsets; a possessive 's becomes its own token. */
export interface Token {
  text: string;
  /** Computed once: the matchers compare words in lower case, several times per token. */
  lower: string;
  /** Begins with an upper-case letter. */
  capitalized: boolean;
  /** `lower` is one of the words `tokenize` was given: a caller's quick test before its own lookups. */
  known: boolean;
  start: number;
  end: number;
}

/**
 * A token is, at its first character: two or more capital-period pairs ("U.S."); a capital and a
 * period before whitespace and a capital (an initial, "J. Smith"); letters and digits, joined by
 * apostrophes or hyphens, with a trailing apostrophe; else any one character but whitespace. Read
 * character by character (the same rules as one Unicode pattern, which took most of the stage):
 * ASCII is classified by its code, other characters by their Unicode category.
 */
export function tokenize(text: string, start: number, end: number, knownWords: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  let at = start;
  while (at < end) {
    const unit = text.charCodeAt(at);
    const code = unit < 0x80 ? unit : text.codePointAt(at)!;
    const width = code > 0xffff ? 2 : 1;
    if (isSpace(code)) {
      at += width;
      continue;
    }
    const tokenEnd = (isUpper(code) && initialsEnd(text, at, end)) || wordEnd(text, at, end) || Math.min(at + width, end);
    const word = text.slice(at, tokenEnd);
    const prefixLength = temporalPrefixLength(word);
    if (prefixLength > 0) {
      tokens.push(token(word.slice(0, prefixLength), at, at + prefixLength, knownWords));
      at += prefixLength;
      continue;
    }
    const baseLength = possessiveBaseLength(word);
    if (baseLength > 0) {
      tokens.push(token(word.slice(0, baseLength), at, at + baseLength, knownWords));
      tokens.push(token("'s", at + baseLength, tokenEnd, knownWords));
    } else {
      tokens.push(token(word, at, tokenEnd, knownWords));
    }
    at = tokenEnd;
  }
  return tokens;
}

const PERIOD = 0x2e;

/** End of "U.S." (two or more capital-period pairs) or of an initial before whitespace and a capital; 0 if neither. */
function initialsEnd(text: string, at: number, end: number): number {
  let pairs = 0;
  let next = at;
  for (;;) {
    const code = codeAt(text, next, end);
    const width = code > 0xffff ? 2 : 1;
    if (!isUpper(code) || codeAt(text, next + width, end) !== PERIOD) break;
    next += width + 1;
    pairs++;
  }
  if (pairs >= 2) return next;
  if (pairs === 0) return 0;
  let after = next;
  while (after < end && isSpace(codeAt(text, after, end))) after++;
  if (after > next) return isUpper(codeAt(text, after, end)) ? next : 0;
  // "B.Battsetseg", Mongolian style: an initial written onto the name, which goes on in lower case.
  const width = codeAt(text, next, end) > 0xffff ? 2 : 1;
  return isUpper(codeAt(text, next, end)) && isLower(codeAt(text, next + width, end)) ? next : 0;
}

/** End of letters and digits joined by apostrophes or hyphens, with an optional trailing apostrophe; 0 if none start here. */
function wordEnd(text: string, at: number, end: number): number {
  let next = runEnd(text, at, end);
  if (next === at) return 0;
  for (;;) {
    const code = codeAt(text, next, end);
    if (code !== 0x27 && code !== 0x2019 && code !== 0x2d) break;
    const runEndsAt = runEnd(text, next + 1, end);
    if (runEndsAt === next + 1) break;
    next = runEndsAt;
  }
  const last = codeAt(text, next, end);
  return last === 0x27 || last === 0x2019 ? next + 1 : next;
}

function runEnd(text: string, at: number, end: number): number {
  let next = at;
  while (next < end) {
    // ASCII, most of the text, is classified without reading a code point.
    const unit = text.charCodeAt(next);
    if (unit < 0x80) {
      if (!isAsciiLetterOrDigit(unit)) return next;
      next++;
      continue;
    }
    const code = codeAt(text, next, end);
    if (!isLetterOrDigit(code)) return next;
    next += code > 0xffff ? 2 : 1;
  }
  return next;
}

/** The code point at `at`, or -1 at or past `end` (a pair cut by `end` is its first half alone, as in a slice). */
function codeAt(text: string, at: number, end: number): number {
  if (at >= end) return -1;
  const code = text.codePointAt(at)!;
  return code > 0xffff && at + 1 >= end ? text.charCodeAt(at) : code;
}

const SPACE = /^\s$/u;
const UPPER = /^\p{Lu}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(String.fromCodePoint(code));
}

function isUpper(code: number): boolean {
  if (code < 0) return false;
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER.test(String.fromCodePoint(code));
}

const LOWER = /^\p{Ll}$/u;

function isLower(code: number): boolean {
  if (code < 0) return false;
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWER.test(String.fromCodePoint(code));
}

function isLetterOrDigit(code: number): boolean {
  if (code < 0) return false;
  if (code < 0x80) return isAsciiLetterOrDigit(code);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/**
 * The length of the word before a possessive "'s" or "s'" ending ("Iran's", "ministers'"; curly
 * apostrophes too), or 0 when there is none. A word of three characters or fewer is never split ("A's").
 */
function possessiveBaseLength(word: string): number {
  if (word.length <= 3) return 0;
  const last = word.charCodeAt(word.length - 1);
  const beforeLast = word.charCodeAt(word.length - 2);
  if (last === 0x73) return beforeLast === 0x27 || beforeLast === 0x2019 ? word.length - 2 : 0;
  return (last === 0x27 || last === 0x2019) && beforeLast === 0x73 ? word.length - 1 : 0;
}

/** Prefixes that are a token of their own before a hyphen: "then-president" is "then-" and "president", matched as after "former". */
export const TEMPORAL_PREFIXES = ['then', 'ex'];

function temporalPrefixLength(word: string): number {
  const hyphen = word.indexOf('-');
  if (hyphen < 2 || hyphen > 4 || hyphen === word.length - 1) return 0;
  return TEMPORAL_PREFIXES.includes(word.slice(0, hyphen).toLowerCase()) ? hyphen + 1 : 0;
}

const UPPER_INITIAL = /^\p{Lu}/u;

function token(text: string, start: number, end: number, knownWords: ReadonlySet<string>): Token {
  const first = text.charCodeAt(0);
  // ASCII initials are most words; the Unicode class is asked only for the others.
  const capitalized = first < 0x80 ? first >= 0x41 && first <= 0x5a : UPPER_INITIAL.test(text);
  const lower = text.toLowerCase();
  return { text, lower, capitalized, known: knownWords.has(lower), start, end };
}

export const isPossessive = (token: Token | undefined): boolean => token?.text === "'s";

export const isCapitalized = (token: Token | undefined): boolean => !!token && token.capitalized;
