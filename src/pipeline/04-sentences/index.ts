/**
 * Sentences of the blocks worth reading: body text, headlines, and the first copy of each
 * caption. Repeats, boilerplate and metadata lines are skipped.
 */
import { quoteSpans, splitSentences, type Span } from '../text/sentences';
import type { Sentence, Stage } from '../types';

export const sentences: Stage = (state) => {
  const result: Sentence[] = [];
  for (const document of state.documents) {
    for (const block of document.blocks) {
      if (block.repeated || (block.kind !== 'body' && block.kind !== 'caption' && block.kind !== 'headline')) continue;
      const quotes = quoteSpans(document.text, block.start, block.end);
      // Quotes and sentences are both in text order and do not overlap among themselves, so the
      // quotes of each sentence are read from a moving start, not by filtering them all per sentence.
      let firstQuote = 0;
      for (const span of splitSentences(document.text, block.start, block.end)) {
        while (firstQuote < quotes.length && quotes[firstQuote].end <= span.start) firstQuote++;
        const overlapping: Span[] = [];
        for (let k = firstQuote; k < quotes.length && quotes[k].start < span.end; k++) overlapping.push(quotes[k]);
        result.push({
          documentId: document.id,
          start: span.start,
          end: span.end,
          blockKind: block.kind,
          filePhoto: block.filePhoto,
          quotes: overlapping,
        });
      }
    }
  }
  return { ...state, sentences: result };
};
