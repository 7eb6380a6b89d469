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
    // Most words end in neither "s" nor an apostrophe: the pattern is tried only on those that do.
    const possessive = (word.endsWith('s') || word.endsWith("'") || word.endsWith('’')) && word.match(/^(.+?)(['’]s|s['’])$/u);
    if (possessive && possessive[1].length > 1) {
      const baseLength = word.endsWith('s’') || word.endsWith("s'") ? word.length - 1 : word.length - 2;
      tokens.push(token(word.slice(0, baseLength), at));
      tokens.push(token("'s", at + baseLength));
    } else {
      tokens.push(token(word, at));
    }
  }
  return tokens;
}

const UPPER_INITIAL = /^\p{Lu}/u;

function token(text: string, start: number): Token {
  const first = text.charCodeAt(0);
  // ASCII initials are most words; the Unicode class is asked only for the others.
  const capitalized = first < 0x80 ? first >= 0x41 && first <= 0x5a : UPPER_INITIAL.test(text);
  return { text, lower: text.toLowerCase(), capitalized, start, end: start + text.length };
}

export const isPossessive = (token: Token | undefined): boolean => token?.text === "'s";

export const isCapitalized = (token: Token | undefined): boolean => !!token && token.capitalized;
