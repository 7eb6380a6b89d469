/**
 * A 64-bit content hash as 16 hex digits (two 32-bit lanes of cyrb53's mixing): names text shards
 * and fingerprints article bodies. Not cryptographic; collisions are negligible at corpus sizes.
 */
export function contentHash(text: string): string {
  return new ContentHash().add(text).hex();
}

/** The same hash fed piece by piece, for text that is never built as one string. */
export class ContentHash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  /** Adds the UTF-16 code units `from` to `to` (exclusive) of `text`. */
  add(text: string, from = 0, to = text.length): this {
    let { h1, h2 } = this;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  hex(): string {
    let { h1, h2 } = this;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
  }
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/**
 * `length:hash` of the text lower-cased, each run of characters other than letters and numbers read
 * as one space, trimmed (what `.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()` gives); the
 * runs kept are hashed in place, so the folded text is never built. null when no letter or number is left.
 */
export function foldedTextKey(text: string): string | null {
  const lower = text.toLowerCase();
  const hash = new ContentHash();
  let length = 0;
  let runStart = -1;
  const endRun = (end: number) => {
    if (runStart < 0) return;
    if (length > 0) {
      hash.add(' ');
      length++;
    }
    hash.add(lower, runStart, end);
    length += end - runStart;
    runStart = -1;
  };
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    let units = 1;
    let kept: boolean;
    if (code < 0x80) {
      kept = (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
    } else {
      const point = lower.codePointAt(i)!;
      units = point > 0xffff ? 2 : 1;
      kept = LETTER_OR_NUMBER.test(String.fromCodePoint(point));
    }
    if (kept && runStart < 0) runStart = i;
    else if (!kept) endRun(i);
    i += units - 1;
  }
  endRun(lower.length);
  return length > 0 ? `${length}:${hash.hex()}` : null;
}
