/**
 * Publication dates (session 35, a51): a header line ending on a "Date:" label, "Last update:" as a byline's label, a
 * dateline whose day closes a sentence of its own ("Abuja, 12 November 2026. The …"), a dateline of two places with a
 * slash, and a first line of parts that opens on the masthead and ends on the day. Hand-written, about other countries
 * than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../test-support';

const TITLE = 'Quito and Bogotá agree on a joint border patrol';
const BODY = 'The Foreign Minister of Ecuador, Lucía Andrade-Vera, held talks with her Colombian counterpart on the border patrol.';

/** The publication date the pipeline reads from an article with no front matter. */
const publicationDate = (text: string) => extractArticle(text, null).documents[0].date;

describe('a header line', () => {
  it.each<[header: string, date: string]>([
    ['PRESS RELEASE\nRef: MRE/PR/03/2026/041                 Date: 4th March 2026', '2026-03-04'],
    ['El Comercio\nLast update: 17/03/2026 05:12 p. m.', '2026-03-17'],
  ])('%s', (header, date) => expect(publicationDate(`${header}\n\n${TITLE}\n\n${BODY}`)).toBe(date));
});

describe('a first line of parts from the masthead to the day', () => {
  it('EL COMERCIO | World | Wednesday, March 4, 2026', () => expect(publicationDate(`EL COMERCIO | World | Wednesday, March 4, 2026\n\n${TITLE}\n\n${BODY}`)).toBe('2026-03-04'));
});

describe('a dateline', () => {
  it.each<[dateline: string, date: string]>([
    ['Quito, 4 March 2026. ', '2026-03-04'],
    ['QUITO/BOGOTÁ, 4 March 2026 – ', '2026-03-04'],
  ])('%s', (dateline, date) => expect(publicationDate(`${TITLE}\n\n${dateline}${BODY}`)).toBe(date));
});
