/** Actor mentions in every readable sentence; headlines give gazetteer names only (their Title Case hides names). */
import type { Mention, Stage } from '../types';
import { resolveSharedDemonyms } from './demonyms';
import { scanSentence } from './scan';

export const mentions: Stage = (state) => {
  const texts = new Map(state.documents.map((d) => [d.id, d.text]));
  const byDocument = new Map<string, Mention[]>();
  state.sentences.forEach((sentence, index) => {
    if (sentence.filePhoto) return;
    const text = texts.get(sentence.documentId)!;
    if (!byDocument.has(sentence.documentId)) byDocument.set(sentence.documentId, []);
    const found = byDocument.get(sentence.documentId)!;
    for (const mention of scanSentence(text, sentence, index, sentence.blockKind !== 'headline')) found.push(mention);
  });
  return { ...state, mentions: [...byDocument.values()].flatMap(resolveSharedDemonyms) };
};
