/**
 * Entities (session 35, k45): a leader's nationality named by a role after him ("The Ghanaian leader said") when another
 * of that country holds another office; a demonym two states share, read for a well-known person of the other one.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, findActor } from '../test-support';

describe('"The X-ian leader" just after a president of no given country is that president', () => {
  it.each<[text: string, person: string, country: string]>([
    [
      'President Kwame Asante-Boateng on Monday received Togo\'s Foreign Minister, Komlan Adjavon, at Jubilee House. Ghana\'s Foreign Minister, Ama Owusu-Darko, sat in on the meeting.\n\n' +
        '"We are one people," President Asante-Boateng told his guest. The Ghanaian leader said his government would "not allow smugglers to hold two economies hostage."',
      'Kwame Asante-Boateng',
      'GHA',
    ],
  ])('%s', (text, person, country) => {
    expect(findActor(extractArticle(text), person)?.country).toBe(country);
  });
});

describe('a demonym two states share, for a well-known person of the one it does not default to', () => {
  it('"the Dominican Vice President" where the article names Dominica too', () => {
    const text =
      'Port-au-Prince, 12 November 2026 - Prime Minister Jean-Robert Casimir received former Foreign Minister of Dominica Alma Joseph-Laurent on Monday.\n\n' +
      'On Wednesday, he spoke by telephone with the Dominican Vice President, Raquel Peña, about the reopening of the border markets with the Dominican Republic.';
    expect(findActor(extractArticle(text), 'Raquel Peña')?.country).toBe('DOM');
  });
});
