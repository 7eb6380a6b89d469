/**
 * Sentences of the blocks worth reading: body text, headlines, and the first copy of each
 * caption. Repeats, boilerplate and metadata lines are skipped.
 */
import { quoteSpans, splitSentences } from '../text/sentences';
import type { Sentence, Stage } from '../types';

export const sentences: Stage = (state) => {
  const result: Sentence[] = [];
  for (const document of state.documents) {
    for (const block of document.blocks) {
      if (block.repeated || (block.kind !== 'body' && block.kind !== 'caption' && block.kind !== 'headline')) continue;
      const quotes = quoteSpans(document.text, block.start, block.end);
      for (const span of splitSentences(document.text, block.start, block.end)) {
        result.push({
          documentId: document.id,
          start: span.start,
          end: span.end,
          blockKind: block.kind,
          filePhoto: block.filePhoto,
          quotes: quotes.filter((q) => q.end > span.start && q.start < span.end),
        });
      }
    }
  }
  return { ...state, sentences: result };
};
