/**
 * The same article saved twice (or syndicated under another file name) is one article with
 * several sources: later copies point at the first with `duplicateOf`. Articles are compared by
 * their body text, whitespace and case folded.
 */
import type { Document } from '../../schema';
import type { Stage } from '../types';

export const dedupe: Stage = (state) => {
  const firstByBody = new Map<string, string>();
  const documents = state.documents.map((document): Document => {
    const key = bodyKey(document);
    if (!key) return document;
    const original = firstByBody.get(key);
    if (original) return { ...document, duplicateOf: original };
    firstByBody.set(key, document.id);
    return document;
  });
  return { ...state, documents };
};

function bodyKey(document: Document): string {
  return document.blocks
    .filter((b) => b.kind === 'body')
    .map((b) => document.text.slice(b.start, b.end))
    .join(' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
