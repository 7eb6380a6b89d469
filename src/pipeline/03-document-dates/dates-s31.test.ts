/**
 * Publication dates from header lines of parts set off by bars ("Outlet | Place, day | label") and from
 * datelines that write the day in digits with dots, day first ("CITY, 21.11.2026 /AGENCY/."). Hand-written,
 * about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../test-support';

const TITLE = 'Ministers agree on a joint fisheries patrol';
const BODY = 'The Minister of Foreign Affairs held talks with his counterpart on the fisheries protocol.';

/** The publication date the pipeline reads from an article with no front matter. */
const publicationDate = (text: string) => extractArticle(text, null).documents[0].date;

describe('a header line of parts set off by bars, one the place and the day', () => {
  it.each<[line: string, date: string]>([
    ["Le Quotidien | Dakar, Monday 16 November 2026 | Government communiqué, reproduced in full", '2026-11-16'],
    ['Kuensel | Thimphu, Bhutan, Wednesday, March 4, 2026 | Official release', '2026-03-04'],
    ['Press release | Tuesday, 3 February 2026 | Office of the Prime Minister', '2026-02-03'],
  ])('%s', (line, date) => {
    expect(publicationDate(`${TITLE}\n\n${line}\n\n${BODY}`)).toBe(date);
  });
});

describe('a dateline with the day in digits with dots, day first', () => {
  it.each<[dateline: string, date: string]>([
    ['ASHGABAT, 05.03.2026 /TDH "Turkmenistan"/. ', '2026-03-05'],
    ['BISHKEK, 12.10.2026 /Kabar/. ', '2026-10-12'],
    ['TASHKENT, 09.02.2026 (UzA) - ', '2026-02-09'],
  ])('%s', (dateline, date) => {
    expect(publicationDate(`${TITLE}\n\n${dateline}${BODY}`)).toBe(date);
  });
});
