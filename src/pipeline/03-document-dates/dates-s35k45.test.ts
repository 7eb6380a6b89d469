/**
 * Publication dates from a daily's masthead line: its issue's number, then the day (session 35, k45). Hand-written,
 * about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../test-support';

const TITLE = 'The Head of State receives the envoy of the Ivorian President';
const BODY = 'The Minister of Foreign Affairs held talks with his counterpart on the fisheries protocol on Monday.';

/** The publication date the pipeline reads from an article with no front matter. */
const publicationDate = (text: string) => extractArticle(text, null).documents[0].date;

describe("a masthead line of the issue's number and the day", () => {
  it.each<[masthead: string, date: string]>([
    ['LE SOLEIL\nDaily of information of Senegal — N° 20 114 of Thursday 12 November 2026', '2026-11-12'],
    ['Government daily of Guinea — No. 3120, Friday 13 November 2026', '2026-11-13'],
    ['N° 9 871 of Monday 2 November 2026', '2026-11-02'],
    ['Issue 4921 — 13 November 2026', '2026-11-13'],
  ])('%s', (masthead, date) => {
    expect(publicationDate(`${masthead}\n\n${TITLE}\n\n${BODY}`)).toBe(date);
  });
});
