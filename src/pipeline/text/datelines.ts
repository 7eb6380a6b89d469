/** The place a dateline gives, read by the stages that take an article's country from where it is written. */
import type { Mention, Sentence } from '../types';

/** Whether a mention is the place that opens its document's first body sentence (`firstBody`): its dateline ("Accra, 30th October 2025 -"). */
export function isDatelinePlace(m: Mention, sentences: Sentence[], firstBody: number | undefined): boolean {
  return m.locative === 'place' && m.sentence === firstBody && m.start === sentences[m.sentence].start;
}
