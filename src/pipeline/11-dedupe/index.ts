/**
 * The same article saved twice (or syndicated under another file name) is one article with
 * several sources: later copies point at the first with `duplicateOf`. Articles are compared by
 * their body text, whitespace and case folded. Each document's body is fingerprinted while its
 * text is at hand (a document stage); the copies are found once the whole corpus is read.
 */
import type { Document } from '../../schema';
import { foldedTextKey } from '../text/hash';
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

/** The body's `foldedTextKey`: null for an empty body. */
function bodyKey(document: Article): string | null {
  return foldedTextKey(
    document.blocks
      .filter((b) => b.kind === 'body')
      .map((b) => document.text.slice(b.start, b.end))
      .join(' '),
  );
}
