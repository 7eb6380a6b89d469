/** Actor mentions in every readable sentence; headlines give gazetteer names only (their Title Case hides names). */
import type { Mention, Stage } from '../types';
import { resolveSharedDemonyms } from './demonyms';
import { scanSentence } from './scan';

export const mentions: Stage = (state) => {
  const texts = new Map(state.documents.map((d) => [d.id, d.text]));
  const byDocument = new Map<string, Mention[]>();
  // A loop, not a closure made per batch, whose optimised code V8 lost at full collections.
  for (let index = 0; index < state.sentences.length; index++) {
    const sentence = state.sentences[index];
    if (sentence.filePhoto) continue;
    const text = texts.get(sentence.documentId)!;
    if (!byDocument.has(sentence.documentId)) byDocument.set(sentence.documentId, []);
    const found = byDocument.get(sentence.documentId)!;
    for (const mention of scanSentence(text, sentence, index, sentence.blockKind !== 'headline')) found.push(mention);
  }
  return { ...state, mentions: [...byDocument.values()].flatMap(resolveSharedDemonyms) };
};
