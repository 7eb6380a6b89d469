/** Word tokens with character offsets; a possessive 's becomes its own token. */
export interface Token {
  text: string;
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
      tokens.push({ text: word.slice(0, baseLength), start: at, end: at + baseLength });
      tokens.push({ text: "'s", start: at + baseLength, end: at + word.length });
    } else {
      tokens.push({ text: word, start: at, end: at + word.length });
    }
  }
  return tokens;
}

export const isPossessive = (token: Token | undefined): boolean => token?.text === "'s";

export const isCapitalized = (token: Token | undefined): boolean => !!token && /^\p{Lu}/u.test(token.text);
