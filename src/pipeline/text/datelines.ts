/** The place a dateline gives, read by the stages that take an article's country from where it is written. */
import type { Mention, Sentence } from '../types';

/** Whether a mention is the place that opens its document's first body sentence (`firstBody`): its dateline ("Accra, 30th October 2025 -"). */
export function isDatelinePlace(m: Mention, sentences: Sentence[], firstBody: number | undefined): boolean {
  return m.locative === 'place' && m.sentence === firstBody && m.start === sentences[m.sentence].start;
}

/**
 * Whether a mention is the place of a header line that holds only it and a day, above the first body sentence (`firstBody`):
 * "MANAMA, Friday 20 November 2026", "Athens, Friday, November 20, 2026" - a dateline set on a line of its own.
 */
function isDatelineLinePlace(text: string, m: Mention, sentences: Sentence[], firstBody: number | undefined): boolean {
  const sentence = sentences[m.sentence];
  return m.locative === 'place' && firstBody !== undefined && m.sentence < firstBody && sentence.blockKind === 'headline' && m.start === sentence.start && DAY_ONLY.test(text.slice(m.end, sentence.end));
}

/** A weekday's name written out ("Friday"), as a dateline may give it before the day. */
export const WEEKDAY_NAME = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;

/** ", Friday 20 November 2026", ", Nov. 20, 2026", ", NOVEMBER 17": the rest of the line is a day and nothing else. */
const DAY_ONLY = new RegExp(String.raw`^,\s*(?:${WEEKDAY_NAME},?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}(?:\p{Ll}+|\p{Lu}+)\.?|\p{Lu}(?:\p{Ll}+|\p{Lu}+)\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?\s*$`, 'u');

/** Whether a mention is a dateline's place, opening the first body sentence or on a header line of its own. */
export function isDatelineOrItsLinePlace(text: string, m: Mention, sentences: Sentence[], firstBody: number | undefined): boolean {
  return isDatelinePlace(m, sentences, firstBody) || isDatelineLinePlace(text, m, sentences, firstBody);
}
