/**
 * The same article saved twice (or syndicated under another file name) is one article with
 * several sources: later copies point at the first with `duplicateOf`. Articles are compared by
 * their body text, whitespace and case folded. Each document's body is fingerprinted while its
 * text is at hand (a document stage); the copies are found once the whole corpus is read.
 */
import type { Document } from '../../schema';
import { ContentHash } from '../text/hash';
import type { Article, Stage } from '../types';

export const fingerprintBodies: Stage = (state) => ({
  ...state,
  bodyKeys: [...state.bodyKeys, ...state.documents.flatMap((document) => {
    const key = bodyKey(document);
    return key ? [{ documentId: document.id, key }] : [];
  })],
});

export const dedupe: Stage = (state) => {
  const keys = new Map(state.bodyKeys.map(({ documentId, key }) => [documentId, key]));
  const firstByBody = new Map<string, string>();
  const storedDocuments = state.storedDocuments.map((document): Document => {
    const key = keys.get(document.id);
    if (!key) return document;
    const original = firstByBody.get(key);
    if (original) return { ...document, duplicateOf: original };
    firstByBody.set(key, document.id);
    return document;
  });
  return { ...state, storedDocuments };
};

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/**
 * `length:hash` of the body lower-cased, each run of characters other than letters and numbers
 * read as one space, trimmed; the runs kept are hashed in place, so the folded body is never
 * built. null for an empty body.
 */
function bodyKey(document: Article): string | null {
  const lower = document.blocks
    .filter((b) => b.kind === 'body')
    .map((b) => document.text.slice(b.start, b.end))
    .join(' ')
    .toLowerCase();
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
