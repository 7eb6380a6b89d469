/**
 * "the first visit in three years" is how long, not when: a meeting told "later" still takes the day told before it.
 * A postponed meeting "scheduled for <place> on <day and month>" was set for the nearest such day to the publication
 * date, past or still to come. Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import type { EventStatus, Meeting } from '../../schema';
import { extractArticle, findActor } from '../test-support';

/** The date of the meeting of this status between these two. */
function meetingDate(text: string, names: [string, string], published: string, status: EventStatus = 'occurred'): string | null | undefined {
  const dataset = extractArticle(text, published);
  const ids = names.map((n) => findActor(dataset, n)?.id);
  return dataset.events.find((e): e is Meeting => e.type === 'meeting' && e.status === status && ids.every((id) => id && e.participants.includes(id)))?.date;
}

describe('a length of time does not move the day the story reached', () => {
  it.each<[text: string, names: [string, string], date: string]>([
    [
      "Zambia's Minister of Foreign Affairs Mulambo Haimbe held talks on Monday in Lusaka with Malawi's Minister of Foreign Affairs, Nancy Tembo, the first visit by a Malawian foreign minister in three years. The Malawian delegation included officials of the Ministry of Trade. Tembo was later received by President Hakainde Hichilema at State House.",
      ['Nancy Tembo', 'Hakainde Hichilema'],
      '2026-11-16',
    ],
    [
      "Fiji's Prime Minister Sitiveni Rabuka on Tuesday received Samoa's Prime Minister La'auli Leuatea Schmidt in Suva, their first meeting in 18 months. The two sides discussed fisheries. Schmidt was later received by President Ratu Naiqama Lalabalavu at Government House.",
      ["La'auli Leuatea Schmidt", 'Ratu Naiqama Lalabalavu'],
      '2026-11-17',
    ],
  ])('%s', (text, names, date) => {
    expect(meetingDate(text, names, '2026-11-18')).toBe(date);
  });
});

describe('a postponed meeting "scheduled for <place> on <day>" is set for the nearest such day to the publication date', () => {
  it.each<[published: string, day: string, date: string]>([
    ['2026-11-18', '24 November', '2026-11-24'],
    ['2026-12-20', 'January 8', '2027-01-08'],
    // A day already past stays past.
    ['2026-11-18', '10 November', '2026-11-10'],
    ['2026-01-05', '20 December', '2025-12-20'],
  ])('published %s, set for %s', (published, day, date) => {
    const text = `A meeting between Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan, scheduled for Arusha on ${day}, has been postponed indefinitely, diplomatic sources said.`;
    expect(meetingDate(text, ['William Ruto', 'Samia Suluhu Hassan'], published, 'cancelled')).toBe(date);
  });
});
