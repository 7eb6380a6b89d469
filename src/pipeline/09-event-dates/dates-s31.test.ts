/**
 * A deadline ("before the end of March") is no day the story reached: a meeting told "later" takes the
 * day told before it. A day written with dots ("12.10.2026") is day first, and a dateline so dated is the
 * report's day. Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../schema';
import { extractArticle, findActor } from '../test-support';

/** The date of the occurred meeting between these two. */
function meetingDate(text: string, names: [string, string]): string | null | undefined {
  const dataset = extractArticle(text, '2026-11-18');
  const ids = names.map((n) => findActor(dataset, n)?.id);
  return dataset.events.find((e): e is Meeting => e.type === 'meeting' && e.status === 'occurred' && ids.every((id) => id && e.participants.includes(id)))?.date;
}

describe('a deadline does not move the day the story reached', () => {
  it.each<[text: string, names: [string, string], date: string]>([
    [
      "Ghana's Foreign Minister Samuel Okudzeto Ablakwa on Monday hosted Togo's Foreign Minister Robert Dussey in Accra. The two ministers agreed to open the new border post before the end of March. Dussey was later received by President John Mahama at Jubilee House.",
      ['Robert Dussey', 'John Mahama'],
      '2026-11-16',
    ],
    [
      "Peruvian Foreign Minister Elmer Schialer on Tuesday received Chilean Foreign Minister Alberto van Klaveren in Lima. They agreed to sign the rail protocol before the end of January. Van Klaveren was later received by President José Jerí at the Government Palace.",
      ['Alberto van Klaveren', 'José Jerí'],
      '2026-11-17',
    ],
  ])('%s', (text, names, date) => {
    expect(meetingDate(text, names)).toBe(date);
  });
});

/** The date of the one meeting an article with no front matter tells. */
const onlyMeetingDate = (text: string) => extractArticle(text, null).events.find((e): e is Meeting => e.type === 'meeting')?.date;

describe('a day written with dots is day first', () => {
  it.each<[text: string, date: string | null]>([
    // The dateline's day is the report's, not the meeting's.
    ['Talks in Bishkek\n\nBISHKEK, 12.10.2026 (Kabar) - Kyrgyz Foreign Minister Jeenbek Kulubaev met Kazakh Foreign Minister Murat Nurtleu in Bishkek.', null],
    ['Talks in Bishkek\n\nBISHKEK, 12.10.2026 /Kabar/. Kyrgyz Foreign Minister Jeenbek Kulubaev met Kazakh Foreign Minister Murat Nurtleu in Bishkek on 11.10.2026.', '2026-10-11'],
    ['Talks in Tirana\n\nAlbanian Foreign Minister Elisa Spiropali met Greek Foreign Minister Giorgos Gerapetritis in Tirana on 5.3.2026.', '2026-03-05'],
  ])('%s', (text, date) => {
    expect(onlyMeetingDate(text)).toBe(date);
  });
});
