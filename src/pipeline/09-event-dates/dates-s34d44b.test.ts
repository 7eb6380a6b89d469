/**
 * Meetings told with no day of their own that go on with the day the text had reached: "In the afternoon, …", "Y, meanwhile,
 * held …", "After the meeting with the Speaker, …", the sentence after a day whose purpose clause names a later month; a
 * blog's entries under headers of their days; and "in October last year" as that month of the year before. Hand-written,
 * about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../schema';
import { extractArticle, findActor } from '../test-support';

/** The meeting between these two. */
function meetingBetween(text: string, names: [string, string], published: string | null): Meeting | undefined {
  const dataset = extractArticle(text, published);
  const ids = names.map((n) => findActor(dataset, n)?.id);
  return dataset.events.find((e): e is Meeting => e.type === 'meeting' && ids.every((id) => id && e.participants.includes(id)));
}

// 4 December 2026 is a Friday: Wednesday is the 2nd.
const PUBLISHED = '2026-12-04';
const TALKS = 'Estonian Foreign Minister Margus Tsahkna held talks in Tallinn on Wednesday with Latvian Foreign Minister Baiba Braže.';
const QUOTE = '"We share one sea and one threat," Tsahkna told reporters after the talks, adding that a joint exercise would follow in March.';

describe('an opening that goes on with the day the text had reached', () => {
  it.each<[sentence: string, names: [string, string]]>([
    ['In the afternoon, the Latvian minister was received by President Alar Karis at Kadriorg.', ['Baiba Braže', 'Alar Karis']],
    ['In the evening, Braže met Prime Minister Kristen Michal at Stenbock House.', ['Baiba Braže', 'Kristen Michal']],
    ['In the afternoon, the Latvian minister was received by President Alar Karis at Kadriorg, the presidential residence since 1938.', ['Baiba Braže', 'Alar Karis']],
    ['Braže, meanwhile, held a separate meeting with Prime Minister Kristen Michal at Stenbock House.', ['Baiba Braže', 'Kristen Michal']],
    ['After the meeting with the Foreign Minister, Braže met Prime Minister Kristen Michal at Stenbock House.', ['Baiba Braže', 'Kristen Michal']],
  ])('%s', (sentence, names) => {
    expect(meetingBetween(`Baltic talks\n\n${TALKS} ${QUOTE} ${sentence}`, names, PUBLISHED)?.date).toBe('2026-12-02');
  });
});

describe("a month in the purpose clause of the sentence before is the talks' topic, not the day the story reached", () => {
  it('goes on with the day before the purpose clause', () => {
    const text = "Nordic talks\n\nInterior ministers of the Nordic countries met in Oslo on Wednesday to discuss how the new border rules will work once they take effect in June.\n\nThe Nordic meeting, hosted by Justice Minister Astri Aas-Hansen at the Government Quarter, brought together Sweden's Gunnar Strömmer and Denmark's Kaare Dybvad.";
    expect(meetingBetween(text, ['Astri Aas-Hansen', 'Gunnar Strömmer'], PUBLISHED)?.date).toBe('2026-12-02');
  });
});

describe("a blog's entries under headers of their days", () => {
  const blog = [
    'LIVE: The President at the Pacific Islands Forum',
    'DECEMBER 3, 2026 (THURSDAY)',
    '4:15 pm',
    'President meets Fijian leader',
    'President Surangel Whipps Jr. held talks with Fijian Prime Minister Sitiveni Rabuka at the forum venue.',
    'DECEMBER 2, 2026 (WEDNESDAY)',
    '6:30 pm',
    'President meets Samoan leader',
    'Whipps met Samoan Prime Minister La\'auli Leuatea Schmidt at the welcome reception.',
  ].join('\n\n');
  it.each<[names: [string, string], date: string]>([
    [['Surangel Whipps Jr', 'Sitiveni Rabuka'], '2026-12-03'],
    [['Surangel Whipps Jr', "La'auli Leuatea Schmidt"], '2026-12-02'],
  ])('%s', (names, date) => {
    expect(meetingBetween(blog, names, PUBLISHED)?.date).toBe(date);
  });
});

describe('a month with "last year" after it is that month of the year before', () => {
  it.each<[sentence: string, date: string]>([
    ['Estonian Foreign Minister Margus Tsahkna and Latvian Foreign Minister Baiba Braže last met in Riga in October last year.', '2025-10-01'],
    ['Estonian Foreign Minister Margus Tsahkna and Latvian Foreign Minister Baiba Braže last met in Riga in October of last year.', '2025-10-01'],
  ])('%s', (sentence, date) => {
    const meeting = meetingBetween(`Baltic talks\n\n${sentence}`, ['Margus Tsahkna', 'Baiba Braže'], PUBLISHED);
    expect([meeting?.date, meeting?.datePrecision]).toEqual([date, 'month']);
  });
});
