/**
 * Meeting rules of session 35 (m47) that must not add a pair: a meeting only "mentioned", a claimed meeting denied in the next
 * sentence, a reported meeting a journalist asks to confirm, countries whose named officials are read as no one.
 * Their positive twins are in 07-meetings/meetings-s35m47.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { occurredMeetings } from './test-support';

describe('a meeting talked of, denied or asked about did not take place', () => {
  it.each([
    ['Peruvian President Ana Ruiz arrived in Nairobi on Monday.\n\nInitially, a meeting between Ruiz and Kenyan President Peter Kamau had been mentioned, but the Peruvian embassy ruled it out.', []],
    ['Port Administrator Peter Kamau met Trade Minister Ana Ruiz on Monday.\n\nSocial media posts claimed Kamau had a private meeting with Chinese ambassador Li Wei in Mombasa. The Port Authority denied it in a statement, calling the posts "false".', ['Ana Ruiz + Peter Kamau']],
    ['Foreign Minister Peter Kamau met Trade Minister Ana Ruiz on Monday.\n\nQuestion (Interfax-Kenya): Some media reported that Minister Kamau met the Foreign Minister of Somalia Abdi Warsame in Nairobi last month. Can you confirm this?', ['Ana Ruiz + Peter Kamau']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('countries whose officials are named after a dash are no side, even when the names are read as no one', () => {
  it.each([
    ['Kenyan Deputy Foreign Minister Peter Kamau met the political directors of Spain, Italy and Poland -- Lucía Ferrer-Gil, Marco Bellini-Rossi and Anna Kowalska-Nowak -- at the Kenyan mission to the United Nations.', []],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('positive twins of the rules above', () => {
  it.each([
    ['Peruvian President Ana Ruiz arrived in Nairobi on Monday.\n\nInitially, a meeting between Ruiz and Kenyan President Peter Kamau was held at State House.', ['Ana Ruiz + Peter Kamau']],
    ['Port Administrator Peter Kamau met Trade Minister Ana Ruiz on Monday.\n\nLocal media reported that Kamau had a private meeting with Chinese ambassador Li Wei in Mombasa. The Port Authority said the talks covered the new terminal.', ['Ana Ruiz + Peter Kamau', 'Li Wei + Peter Kamau']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
