/**
 * Publication dates from header lines of parts: a day part with the time it was filed at ("Outlet, City | 3 de marzo
 * de 2026 - 09:40"), parts set off by middle dots with a reading time or an updated time beside the day ("Outlet | 3
 * marzo 2026 · Reading time: 4 minutes", "3 Mar, 2026 · Actualizado 09:40 hs"), and a first line whose other parts are
 * a masthead in capitals ("AGENCY | DAILY BULLETIN | 03.03.2026."). Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../test-support';

const TITLE = 'Lima and La Paz agree on a joint river patrol';
const BODY = 'The Foreign Minister of Peru, Rosa Quispe-Mamani, held talks with her Bolivian counterpart on the Desaguadero river patrol.';

/** The publication date the pipeline reads from an article with no front matter. */
const publicationDate = (text: string) => extractArticle(text, null).documents[0].date;

describe('a header part that is the day and the time it was filed at', () => {
  it.each<[line: string, date: string]>([
    ['El Sol, Arequipa | 3 de marzo de 2026 - 09:40', '2026-03-03'],
    ['El Sol, Arequipa | 3 de marzo de 2026, 09:40 PET', '2026-03-03'],
  ])('%s', (line, date) => {
    expect(publicationDate(`${TITLE}\n\n${line}\n\n${BODY}`)).toBe(date);
  });
});

describe('header parts set off by middle dots, the other a reading time or an updated time', () => {
  it.each<[line: string, date: string]>([
    ['El Sol | 3 marzo 2026 · Reading time: 4 minutes', '2026-03-03'],
    ['El Sol | 3 de marzo de 2026 · 4 min', '2026-03-03'],
    ['3 Mar, 2026 · Actualizado 09:40 hs', '2026-03-03'],
  ])('%s', (line, date) => {
    expect(publicationDate(`${TITLE}\n\n${line}\n\n${BODY}`)).toBe(date);
  });
});

describe('a first line whose other parts are a masthead in capitals', () => {
  it.each<[line: string, date: string]>([
    ['ANDINA | DAILY BULLETIN | 03.03.2026.', '2026-03-03'],
    ['ANDINA | NOTICIAS | 3 de marzo de 2026', '2026-03-03'],
  ])('%s', (line, date) => {
    expect(publicationDate(`${line}\n\n${TITLE}\n\n${BODY}`)).toBe(date);
  });
});

describe("a publication day in digits that could be read either way, settled by a photo caption's day", () => {
  it.each<[caption: string, date: string | null]>([
    ['Photo: Foreign Minister Rosa Quispe-Mamani arrives at the ministry in La Paz on November 10, 2026.', '2026-11-10'],
    ['Photo: Foreign Minister Rosa Quispe-Mamani arrives at the ministry in La Paz on October 11, 2026.', '2026-10-11'],
  ])('%s', (caption, date) => {
    expect(publicationDate(`${TITLE}\n\nBy Ana Flores, in La Paz\nPublished on 10/11/2026 - 19:42 (GMT+1)\n\n${BODY}\n\n${caption}`)).toBe(date);
  });
});
