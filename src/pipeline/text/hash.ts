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
