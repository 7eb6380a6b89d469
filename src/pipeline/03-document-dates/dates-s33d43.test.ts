/**
 * Publication dates from a date line whose time carries its zone's offset ("Dec. 3, 2026 | 18:05 GMT+3"), a dateline
 * whose day is in digits with slashes ("Quito, 18/11/2026.- (Agency)") or whose month is abbreviated with a dot
 * ("Lomé, 3 oct. 2026 (Agency)-The …"), and a yearless dateline closed by the agency's name between slashes whose year
 * only a photo caption gives ("Vilnius, 18 November /AGENCY/."). Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../schema';
import { extractArticle, findActor } from '../test-support';

const TITLE = 'Ministers agree on a joint fisheries patrol';
const BODY = 'The Minister of Foreign Affairs held talks with his counterpart on the fisheries protocol.';

/** The publication date the pipeline reads from an article with no front matter. */
const publicationDate = (text: string) => extractArticle(text, null).documents[0].date;

/** The date of the meeting between these two in an article with no front matter. */
function meetingDate(text: string, names: [string, string]): string | null | undefined {
  const dataset = extractArticle(text, null);
  const ids = names.map((n) => findActor(dataset, n)?.id);
  return dataset.events.find((e): e is Meeting => e.type === 'meeting' && ids.every((id) => id && e.participants.includes(id)))?.date;
}

describe("a date line above the title whose time gives its zone's offset", () => {
  it.each<[line: string, date: string]>([
    ['Dec. 3, 2026 | 18:05 GMT+3', '2026-12-03'],
    ['14 March 2026 | 09:10 UTC-05:00', '2026-03-14'],
    ['Monday, June 8, 2026 - 7:45 GMT+5:30', '2026-06-08'],
  ])('%s', (line, date) => {
    expect(publicationDate(`${line}\n\n${TITLE}\n\n${BODY}`)).toBe(date);
  });
});

describe('a dateline whose day is in digits with slashes, or whose month is abbreviated with a dot', () => {
  it.each<[dateline: string, date: string]>([
    ['Quito, 18/11/2026.- (Andes) The Foreign Minister of Ecuador received her Colombian counterpart on Tuesday.', '2026-11-18'],
    ['Asunción, 25/03/2026 (IP) - The Foreign Minister of Paraguay received his Uruguayan counterpart on Tuesday.', '2026-03-25'],
    ['Lomé, 3 oct. 2026 (ATOP)-The President of Togo received the Ghanaian Foreign Minister on Friday.', '2026-10-03'],
    ['Cotonou, 7 Dec. 2026 (ABP) - The President of Benin received the Nigerien Foreign Minister on Friday.', '2026-12-07'],
  ])('%s', (dateline, date) => {
    expect(publicationDate(`${TITLE}\n\n${dateline}\n\n${BODY}`)).toBe(date);
  });

  it.each<[text: string, names: [string, string], date: string | null]>([
    // 3 October 2026 is a Saturday.
    ['Lomé, 3 oct. 2026 (ATOP)-Togolese President Faure Gnassingbé received Ghanaian Foreign Minister Samuel Okudzeto Ablakwa on Friday in Lomé.', ['Faure Gnassingbé', 'Samuel Okudzeto Ablakwa'], '2026-10-02'],
    // 18 November 2026 is a Wednesday.
    ['Quito, 18/11/2026.- (Andes) Ecuadorian Foreign Minister Gabriela Sommerfeld received Colombian Foreign Minister Luis Gilberto Murillo on Tuesday in Quito.', ['Gabriela Sommerfeld', 'Luis Gilberto Murillo'], '2026-11-17'],
    // The day the story was filed is not the day of a meeting the sentence gives no day for.
    ['Quito, 18/11/2026.- (Andes) Ecuadorian Foreign Minister Gabriela Sommerfeld received Colombian Foreign Minister Luis Gilberto Murillo in Quito.', ['Gabriela Sommerfeld', 'Luis Gilberto Murillo'], null],
  ])("the dateline's day dates nothing in its sentence: %s", (sentence, names, date) => {
    expect(meetingDate(`${TITLE}\n\n${sentence}`, names)).toBe(date);
  });

  it('a day and month in slashes that could be read either way stays unread without a settling cue', () => {
    expect(publicationDate(`${TITLE}\n\nQuito, 04/11/2026.- (Andes) The Foreign Minister of Ecuador met her counterpart.\n\n${BODY}`)).toBeNull();
  });
});

describe("a yearless dateline closed by the agency's name between slashes, the year in a photo caption", () => {
  const dateline = 'Vilnius, 18 November /ELTA/. The Minister of Foreign Affairs of Lithuania received his Latvian counterpart on Tuesday.';

  it('takes the year of a caption that shows the story\'s event, the day before the dateline', () => {
    expect(publicationDate(`${TITLE}\n\n${dateline}\n\n${BODY}\n\nPhoto: The two ministers at the Foreign Ministry, 17 November 2026 / ELTA`)).toBe('2026-11-18');
  });

  it.each<[why: string, caption: string]>([
    ['no caption states a year', ''],
    ['the only dated caption is a file photo', '\n\nFile photo: The two ministers in Riga, 17 November 2024 / ELTA'],
    ['the caption falls after the dateline', '\n\nPhoto: The two ministers at the Foreign Ministry, 20 November 2026 / ELTA'],
  ])('stays undated when %s', (_why, caption) => {
    expect(publicationDate(`${TITLE}\n\n${dateline}\n\n${BODY}${caption}`)).toBeNull();
  });
});

describe('a header line of the place and the day in French or Spanish, or of the day alone', () => {
  it.each<[header: string, date: string | null]>([
    ['Dakar, le jeudi 19 novembre 2026', '2026-11-19'],
    ['Le mardi 3 mars 2026', '2026-03-03'],
    ['Le Soleil | Dakar, le jeudi 19 novembre 2026 | Par la rédaction', '2026-11-19'],
    ['Quito, jueves 19 de noviembre de 2026', '2026-11-19'],
    ['Montevideo, 3 de marzo de 2026', '2026-03-03'],
    ['Jueves, 19 de noviembre de 2026', '2026-11-19'],
    // Another word before the day makes it another event's.
    ['Lomé, depuis le 12 mars 2026', null],
    ['Dakar, avant le jeudi 19 novembre 2026', null],
  ])('%s', (header, date) => {
    expect(publicationDate(`${TITLE}\n\n${header}\n\n${BODY}`)).toBe(date);
  });
});
