/** The place a dateline gives, read by the stages that take an article's country from where it is written. */
import publicationLines from '../model/publication-lines.json';
import type { Mention, Sentence } from '../types';
import { phrasePattern, withCapitals } from './clauses';

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

/** A weekday's name written out and capitalised ("Friday", publication-lines.json weekdays), as a dateline may give it before the day. */
export const WEEKDAY_NAME = `(?:${publicationLines.weekdays.map((day) => day[0].toUpperCase() + day.slice(1)).join('|')})`;

/** "Friday 20 November 2026", "Nov. 20, 2026", "NOVEMBER 17": a day as a header gives it. */
const HEADER_DAY = String.raw`(?:${WEEKDAY_NAME},?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}(?:\p{Ll}+|\p{Lu}+)\.?|\p{Lu}(?:\p{Ll}+|\p{Lu}+)\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?`;
/** ", Friday 20 November 2026", ", Nov. 20, 2026", ", NOVEMBER 17": the rest of the line is a day and nothing else. */
const DAY_ONLY = new RegExp(String.raw`^,\s*${HEADER_DAY}\s*$`, 'u');
/**
 * " | Published: 21 Nov 2026", " | 20 November 2026 |": the place stands alone in its part, the next part is the day, perhaps after a
 * publication line's label (publication-lines.json footerPublishedLabels, footerUpdatedLabels, as stage 03 reads a header's day part).
 */
const DAY_PART_NEXT = new RegExp(String.raw`^\s*(?:\||\s[-—–])\s*(?:(?:${phrasePattern(withCapitals([...publicationLines.footerPublishedLabels, ...publicationLines.footerUpdatedLabels]))})\s*:?\s*)?${HEADER_DAY}\s*(?:\||\s[-—–]\s|$)`, 'u');

/** A bar or a spaced dash that sets off the parts of a header line ("Outlet | Place, day | By X", "Outlet (AGENCY) - Place, day"). */
const HEADER_PART_START = /(?:\||\s[-—–])\s*$/u;
/** Where the part ends: the next bar or spaced dash, or the line's end. */
const HEADER_PART_END = /\s*(?:\||\s[-—–]\s|$)/u;

/**
 * Whether a mention is the place that opens one part of a header line above the first body sentence, the rest of
 * that part a day: "By X | Times of Y | Lusaka, Wednesday, November 18, 2026", "Outlet (AGENCY) - Muscat, 18 November 2026",
 * "Outlet - Abidjan, Tuesday 17 November 2026 - By X", or a part of its own before the day's ("Outlet | Dhaka | Published: 21 Nov 2026"):
 * where the outlet writes from, set beside its name and the day.
 */
export function isHeaderPartPlace(text: string, m: Mention, sentences: Sentence[], firstBody: number | undefined): boolean {
  const sentence = sentences[m.sentence];
  if (m.kind !== 'country' || m.locative === 'motion' || firstBody === undefined || m.sentence >= firstBody || sentence.blockKind !== 'headline') return false;
  if (!HEADER_PART_START.test(text.slice(sentence.start, m.start))) return false;
  const rest = text.slice(m.end, sentence.end);
  return DAY_ONLY.test(rest.slice(0, rest.search(HEADER_PART_END))) || DAY_PART_NEXT.test(rest);
}

/** Whether a mention is a dateline's place, opening the first body sentence, on a header line of its own, or opening a part of one. */
export function isDatelineOrItsLinePlace(text: string, m: Mention, sentences: Sentence[], firstBody: number | undefined): boolean {
  return isDatelinePlace(m, sentences, firstBody) || isDatelineLinePlace(text, m, sentences, firstBody) || isHeaderPartPlace(text, m, sentences, firstBody);
}
