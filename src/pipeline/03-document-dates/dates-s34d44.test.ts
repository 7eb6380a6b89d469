/**
 * Publication dates from a header line of parts set off by bars that opens the article, when a part that is the
 * time ("Politics | 4 March 2026 | 14h05") shows it is no title; from such a line whose other part is the issue's
 * number ("Jeudi 12 mars 2026 | N° 1187"); and from a "Published:" line with the comma against the year ("8 March
 * ,2026: 09:15 AM GST"). Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../test-support';

const TITLE = 'Ministers agree on a joint fisheries patrol';
const BODY = 'Accra - The Minister of Foreign Affairs of Ghana held talks with her Ivorian counterpart on the fisheries protocol.';

/** The publication date the pipeline reads from an article with no front matter. */
const publicationDate = (text: string) => extractArticle(text, null).documents[0].date;

describe('a header line of parts set off by bars, first, with a time part', () => {
  it.each<[line: string, date: string]>([
    ['Politics | 4 March 2026 | 14h05', '2026-03-04'],
    ['Economy | Tuesday, 10 March 2026 | 09:40', '2026-03-10'],
  ])('%s', (line, date) => {
    expect(publicationDate(`${line}\n\n${TITLE}\n\n${BODY}`)).toBe(date);
  });
});

describe("a header line whose other part is the issue's number", () => {
  it.each<[line: string, date: string]>([
    ['Jeudi 12 mars 2026 | N° 1187', '2026-03-12'],
    ['Saturday 14 March 2026 | No. 512', '2026-03-14'],
  ])('%s', (line, date) => {
    expect(publicationDate(`Le Quotidien\n${line}\n\n${TITLE}\n\n${BODY}`)).toBe(date);
  });
});

describe('a "Published:" line with the comma against the year', () => {
  it.each<[line: string, date: string]>([
    ['Published: 8 March ,2026: 09:15 AM GST', '2026-03-08'],
    ['Published: 8 March ,2026: 09:15 AM GST Updated: 8 March ,2026: 10:30 AM GST', '2026-03-08'],
  ])('%s', (line, date) => {
    expect(publicationDate(`${TITLE}\n\nGulf Courier\n${line}\n\n${BODY}`)).toBe(date);
  });
});
