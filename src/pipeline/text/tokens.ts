/** Word tokens with character offsets; a possessive 's becomes its own token. */
export interface Token {
  text: string;
  /** Computed once: the matchers compare words in lower case, several times per token. */
  lower: string;
  /** Begins with an upper-case letter. */
  capitalized: boolean;
  start: number;
  end: number;
}

const TOKEN = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*['’]?|\S/gu;

export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(TOKEN)) {
    const at = start + match.index;
    const word = match[0];
    const baseLength = possessiveBaseLength(word);
    if (baseLength > 0) {
      tokens.push(token(word.slice(0, baseLength), at, at + baseLength));
      tokens.push(token("'s", at + baseLength, at + word.length));
    } else {
      tokens.push(token(word, at, at + word.length));
    }
  }
  return tokens;
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

const UPPER_INITIAL = /^\p{Lu}/u;

function token(text: string, start: number, end: number): Token {
  const first = text.charCodeAt(0);
  // ASCII initials are most words; the Unicode class is asked only for the others.
  const capitalized = first < 0x80 ? first >= 0x41 && first <= 0x5a : UPPER_INITIAL.test(text);
  return { text, lower: text.toLowerCase(), capitalized, start, end };
}

export const isPossessive = (token: Token | undefined): boolean => token?.text === "'s";

export const isCapitalized = (token: Token | undefined): boolean => !!token && token.capitalized;
