/**
 * A span told in a phrase about another thing, opened by a comma and a participle of another act after the meeting
 * ("on the reopening of the border bridge, closed for five days last week by a strike"), dates that thing, not the
 * meeting: the meeting keeps the day its clause gives. Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../schema';
import { extractArticle, findActor } from '../test-support';

/** The date of the meeting between these two. */
function meetingDate(text: string, names: [string, string], published: string): string | null | undefined {
  const dataset = extractArticle(text, published);
  const ids = names.map((n) => findActor(dataset, n)?.id);
  return dataset.events.find((e): e is Meeting => e.type === 'meeting' && ids.every((id) => id && e.participants.includes(id)))?.date;
}

// 18 November 2026 is a Wednesday: Monday is the 16th, and last week ran from the 9th to the 15th.
const PUBLISHED = '2026-11-18';

describe('a span in a comma phrase about another thing does not hold the meeting', () => {
  it.each<[text: string, names: [string, string], date: string | null]>([
    [
      'On Monday, Ghanaian Foreign Minister Samuel Okudzeto Ablakwa held a telephone conversation with Togolese Foreign Minister Robert Dussey on the reopening of the Aflao border post, closed for three days last week by a strike of customs officers.',
      ['Samuel Okudzeto Ablakwa', 'Robert Dussey'],
      '2026-11-16',
    ],
    [
      'On Monday, Kenyan Foreign Minister Musalia Mudavadi spoke by phone with Ugandan Foreign Minister Jeje Odongo about the Malaba railway line, blocked for two days last week by flooding.',
      ['Musalia Mudavadi', 'Jeje Odongo'],
      '2026-11-16',
    ],
    [
      'On Monday, Thai Foreign Minister Maris Sangiampongsa met Cambodian Foreign Minister Prak Sokhonn to discuss the border market, shut last week after a shooting.',
      ['Maris Sangiampongsa', 'Prak Sokhonn'],
      '2026-11-16',
    ],
  ])('%s', (text, names, date) => {
    expect(meetingDate(text, names, PUBLISHED)).toBe(date);
  });
});

describe("negative twins: a span in the meeting's own clause still bounds its day, and a day outside it dates nothing", () => {
  it.each<[text: string, names: [string, string], date: string | null]>([
    // "on Monday" read against the publication date is the 16th, outside last week.
    ['Last week, on Monday, Ghanaian Foreign Minister Samuel Okudzeto Ablakwa held talks in Accra with Togolese Foreign Minister Robert Dussey.', ['Samuel Okudzeto Ablakwa', 'Robert Dussey'], null],
    // A participle that tells who came with a side is no other act: the span is the meeting's, and Monday is not in it.
    ['On Monday, Ghanaian Foreign Minister Samuel Okudzeto Ablakwa held talks with Togolese Foreign Minister Robert Dussey, accompanied last week by his deputy.', ['Samuel Okudzeto Ablakwa', 'Robert Dussey'], null],
  ])('%s', (text, names, date) => {
    expect(meetingDate(text, names, PUBLISHED)).toBe(date);
  });
});

describe('"was later received" goes on from the meeting told before, past a sentence of background that goes back before it', () => {
  const talks = "Zambia's Minister of Foreign Affairs Mulambo Haimbe held talks on Monday in Lusaka with Malawi's Minister of Foreign Affairs, Nancy Tembo.";
  const received = 'Tembo was later received by President Hakainde Hichilema at State House.';
  it.each<[background: string, date: string | null]>([
    ['Haimbe recalled that the two countries had signed a trade pact on 12 March 2024.', '2026-11-16'],
    ['The two countries signed a trade pact in March 2024.', '2026-11-16'],
    // Twin: a day after the meeting moves the story on.
    ['On Tuesday, Tembo travelled to Livingstone.', '2026-11-17'],
  ])('%s', (background, date) => {
    expect(meetingDate(`${talks} ${background} ${received}`, ['Nancy Tembo', 'Hakainde Hichilema'], PUBLISHED)).toBe(date);
  });

  it('with no meeting told before, a background month dates nothing', () => {
    const text = `Malawi's Minister of Foreign Affairs Nancy Tembo arrived in Lusaka. The two countries signed a trade pact in March 2024. ${received}`;
    expect(meetingDate(text, ['Nancy Tembo', 'Hakainde Hichilema'], PUBLISHED)).toBeNull();
  });
});
