/**
 * Names (session 35, a47): Spanish abbreviated honorifics and "Compañera", rank abbreviations that end no sentence, a name
 * after "the <noun> and", "Water Resources" as a portfolio.
 */
import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"Dra. X", "Mtra. X", "Compañera X": a Spanish honorific is no part of the name, and its period ends no sentence', () => {
  it.each([
    ['Foreign Minister Raúl Soto was received by the President of Honduras, Dra. Lucía Mendoza Ferrer, at the Presidential House on Monday.', ['Lucía Mendoza Ferrer + Raúl Soto']],
    ['Foreign Minister Raúl Soto met the Undersecretary for Europe, Mtra. Ana Beltrán Ochoa, in Lima on Monday.', ['Ana Beltrán Ochoa + Raúl Soto']],
    ['Foreign Minister Raúl Soto was received by Compañera Elena Paredes in Managua on Monday.', ['Elena Paredes + Raúl Soto']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"Adm. X": the abbreviation of a rank ends no sentence', () => {
  it.each([['President Tomás Ferro received Adm. Hugo Varela-Pinto at the palace on Monday.', ['Hugo Varela-Pinto + Tomás Ferro']]])('%s', (text, expected) =>
    expect(occurredMeetings(text)).toEqual(expected),
  );
});

describe('"members of the delegation and X Y, <role>": the name after "and" is no word of the article\'s phrase', () => {
  it.each([['Foreign Minister Ana Costa met members of the delegation and Somsak Vilayvong, Thai ambassador to Portugal, in Lisbon on Monday.', ['Ana Costa + Somsak Vilayvong']]])(
    '%s',
    (text, expected) => expect(occurredMeetings(text)).toEqual(expected),
  );
});

describe('"Deputy Minister of Water Resources X": "Resources" closes the portfolio, it opens no name', () => {
  it.each([['Foreign Minister Ali Karimi met Deputy Minister of Water Resources Bakhyt Omarov in Tashkent on Monday.', ['Ali Karimi + Bakhyt Omarov']]])('%s', (text, expected) =>
    expect(occurredMeetings(text)).toEqual(expected),
  );
});
