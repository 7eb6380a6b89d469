/**
 * Dates that must NOT be given: a line of a day and a time with other words in it, a first-published line that is not at the
 * article's foot, a same-day opening whose "with" tells another thing, a lone day line in a story, and a month in a purpose
 * clause with no day before it. Each beside a twin that is dated. Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../schema';
import { extractArticle, findActor } from './test-support';

const TITLE = 'Ministers agree on a joint fisheries patrol';
const BODY = 'The Minister of Foreign Affairs held talks with his counterpart on the fisheries protocol.';
const publicationDate = (text: string) => extractArticle(text, null).documents[0].date;

function meetingBetween(text: string, names: [string, string], published: string | null): Meeting | undefined {
  const dataset = extractArticle(text, published);
  const ids = names.map((n) => findActor(dataset, n)?.id);
  return dataset.events.find((e): e is Meeting => e.type === 'meeting' && ids.every((id) => id && e.participants.includes(id)));
}

describe('a day and a time among other words is no stamp line', () => {
  it.each<[line: string, date: string | null]>([
    ['The ferry leaves on 20. 11. 2026 at 09.12', null],
    ['20. 11. 2026, 09.12', '2026-11-20'],
  ])('%s', (line, date) => {
    expect(publicationDate(`${TITLE}\n\n${line}\n\n${BODY}`)).toBe(date);
  });
});

describe('a first-published line counts only at the foot', () => {
  const foot = 'This report was first published Dec. 4, 2026.';
  const tail = ['The two sides will meet again next year.', 'Officials said the patrol would start in spring.', 'A technical team will draft the rules.', 'The protocol expires in 2030.'];
  it('high up it dates nothing', () => {
    expect(publicationDate([TITLE, `WELLINGTON — ${BODY}`, foot, ...tail].join('\n\n'))).toBeNull();
  });
  it('at the foot it dates the article', () => {
    expect(publicationDate([TITLE, `WELLINGTON — ${BODY}`, ...tail, foot].join('\n\n'))).toBe('2026-12-04');
  });
});

const PUBLISHED = '2026-12-04';
const TALKS = 'Estonian Foreign Minister Margus Tsahkna held talks in Tallinn on Wednesday with Latvian Foreign Minister Baiba Braže.';

describe('a same-day opening whose "with" tells another thing than whom', () => {
  it.each<[sentence: string, date: string | null]>([
    ['After the talks with Russia failed, Braže met Prime Minister Kristen Michal at Stenbock House.', null],
    ['After the talks with Tsahkna, Braže met Prime Minister Kristen Michal at Stenbock House.', '2026-12-02'],
  ])('%s', (sentence, date) => {
    const quote = '"We share one sea," Tsahkna said. "And one threat," Braže said.';
    expect(meetingBetween(`Baltic talks\n\n${TALKS} ${quote} ${sentence}`, ['Baiba Braže', 'Kristen Michal'], PUBLISHED)?.date).toBe(date);
  });
});

describe('a lone day line in a story is no blog of days', () => {
  const entry = 'President Surangel Whipps Jr. met Samoan Prime Minister La\'auli Leuatea Schmidt at the welcome reception.';
  it('one day header dates nothing', () => {
    const text = ['The President at the Pacific Islands Forum', 'DECEMBER 2, 2026 (WEDNESDAY)', '6:30 pm', 'President meets Samoan leader', entry].join('\n\n');
    const meeting = meetingBetween(text, ['Surangel Whipps Jr', "La'auli Leuatea Schmidt"], null);
    expect(meeting).toBeDefined();
    expect(meeting!.date).toBeNull();
  });
});

describe('a month in a purpose clause with no day before it still moves the story off the last day', () => {
  it.each<[first: string, date: string | null]>([
    ['Interior ministers of the Nordic countries met in Oslo last week to discuss how the new border rules will work once they take effect in June.', null],
    ['Interior ministers of the Nordic countries met in Oslo on Wednesday to discuss how the new border rules will work once they take effect in June.', '2026-12-02'],
  ])('%s', (first, date) => {
    const text = `Nordic talks\n\n${first}\n\nThe Nordic meeting, hosted by Justice Minister Astri Aas-Hansen at the Government Quarter, brought together Sweden's Gunnar Strömmer and Denmark's Kaare Dybvad.`;
    expect(meetingBetween(text, ['Astri Aas-Hansen', 'Gunnar Strömmer'], PUBLISHED)?.date ?? null).toBe(date);
  });
});
