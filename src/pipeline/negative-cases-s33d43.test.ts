/**
 * Dates that must NOT be given: a wire dateline with a month and day and no year anywhere in the article leaves its
 * meetings undated, however plainly their weekday or day of the month is told ("on Tuesday", "on 13 November"); a
 * file photo's year and a caption days after the dateline give no year. Each has a twin that is dated, so that
 * "undated" cannot pass just because the meeting was never read. Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../schema';
import { extractArticle, findActor } from './test-support';

const TITLE = 'Baltic foreign ministers discuss energy links';

/** The meeting between these two in an article with no front matter, or undefined when none was read. */
function meetingBetween(text: string, names: [string, string]): Meeting | undefined {
  const dataset = extractArticle(text, null);
  const ids = names.map((n) => findActor(dataset, n)?.id);
  return dataset.events.find((e): e is Meeting => e.type === 'meeting' && ids.every((id) => id && e.participants.includes(id)));
}

const PAIR: [string, string] = ['Baiba Braže', 'Margus Tsahkna'];

describe('a yearless dateline with no year in the article dates nothing', () => {
  it.each<[dateline: string, sentence: string]>([
    ['RIGA, Nov 11 (LETA) -', 'Latvian Foreign Minister Baiba Braže on Tuesday held talks in Riga with Estonian Foreign Minister Margus Tsahkna.'],
    ['RIGA, 16 November (LETA) -', 'Latvian Foreign Minister Baiba Braže met Estonian Foreign Minister Margus Tsahkna in Riga on 13 November.'],
    ['Riga, 14 November /LETA/.', 'Latvian Foreign Minister Baiba Braže on Friday hosted Estonian Foreign Minister Margus Tsahkna in Riga.'],
  ])('%s %s', (dateline, sentence) => {
    const meeting = meetingBetween(`${TITLE}\n\n${dateline} ${sentence}`, PAIR);
    expect(meeting).toBeDefined();
    expect(meeting!.date).toBeNull();
  });

  it.each<[why: string, caption: string, date: string | null]>([
    ['a file photo gives no year', 'File photo: Baiba Braže and Margus Tsahkna in Tallinn, 13 November 2025 / LETA', null],
    ['a caption after the dateline gives no year', 'Photo: Baiba Braže and Margus Tsahkna at the Foreign Ministry, 19 November 2026 / LETA', null],
    ["twin: the story's own caption, the day before, gives the year", 'Photo: Baiba Braže and Margus Tsahkna at the Foreign Ministry, 13 November 2026 / LETA', '2026-11-13'],
  ])('"Riga, 14 November /LETA/." over "on Friday": %s', (_why, caption, date) => {
    const text = `${TITLE}\n\nRiga, 14 November /LETA/. Latvian Foreign Minister Baiba Braže on Friday hosted Estonian Foreign Minister Margus Tsahkna in Riga.\n\n${caption}`;
    expect(meetingBetween(text, PAIR)?.date).toBe(date);
  });
});
