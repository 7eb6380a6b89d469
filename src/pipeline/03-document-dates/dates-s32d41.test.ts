/**
 * Publication dates from header lines of parts set off by bars whose day is in digits ("Outlet | Place, 25/03/2026 | By …",
 * "Outlet | Place, 03.02.2026 | …"), written out in Spanish, Portuguese or French ("Outlet | Place, 3 de marzo de 2026 | …"),
 * or after a publication label beside an outlet whose name holds digits ("News24 | Place | Published: 4 Mar 2026").
 * Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../test-support';

const TITLE = 'Ministers agree on a joint fisheries patrol';
const BODY = 'The Minister of Foreign Affairs held talks with his counterpart on the fisheries protocol.';

/** The publication date the pipeline reads from an article with no front matter. */
const publicationDate = (header: string, body = BODY) => extractArticle(`${TITLE}\n\n${header}\n\n${body}`, null).documents[0].date;

describe('a header part of the place and the day in digits', () => {
  it.each<[header: string, date: string]>([
    // A part over 12 says which is the day.
    ['Malijet.com | Bamako, 25/03/2026 | By the Editorial Staff', '2026-03-25'],
    ['Le Matin | Rabat, 14-02-2026 | Press release', '2026-02-14'],
    ['nation.africa | Nairobi, 03/27/2026 | By Our Correspondent', '2026-03-27'],
    // With dots, day first, as in Central Asia and Europe.
    ['Kazinform | Astana, 03.02.2026 | The Ministry of Foreign Affairs released the following information', '2026-02-03'],
  ])('%s', (header, date) => {
    expect(publicationDate(header)).toBe(date);
  });

  it('"Bamako, 05/03/2026" over "this Thursday (5)": the weekday settles the day first (5 March 2026 is a Thursday)', () => {
    expect(publicationDate('Malijet.com | Bamako, 05/03/2026 | By the Editorial Staff', 'The Minister of Foreign Affairs received his Senegalese counterpart this Thursday (5) in Bamako.')).toBe('2026-03-05');
  });
});

describe('a header part of the place and the day written out in Spanish, Portuguese or French', () => {
  it.each<[header: string, date: string]>([
    ['El Comercio | Lima, 3 de marzo de 2026 | Por Redacción Política', '2026-03-03'],
    ['La Nación | Asunción, martes 17 de febrero de 2026 | By the Editorial Staff', '2026-02-17'],
    ['Folha de S.Paulo | Brasília, quinta-feira, 19 de março de 2026 | Da Redação', '2026-03-19'],
    ['Le Soleil | Dakar, 1er décembre 2026 | Par la rédaction', '2026-12-01'],
    ['Fraternité Matin | Abidjan, 9 juillet 2026 | By Koffi Ange', '2026-07-09'],
  ])('%s', (header, date) => {
    expect(publicationDate(header)).toBe(date);
  });
});

describe('a header part of the day after a publication label, beside an outlet whose name holds digits', () => {
  it.each<[header: string, date: string]>([
    ['news24.com | Cape Town | Published: 4 Mar 2026', '2026-03-04'],
    ['Channel4 News | London | Updated: 12 June 2026 | Politics desk', '2026-06-12'],
    ['Rappler | Manila | Published on March 6, 2026 | World news', '2026-03-06'],
  ])('%s', (header, date) => {
    expect(publicationDate(header)).toBe(date);
  });
});
