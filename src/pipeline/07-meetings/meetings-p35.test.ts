import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

const received = 'Foreign Minister Enrique Manalo received Thai Foreign Minister Maris Sangiampongsa in Manila on Friday.\n\n';

describe('"<Country>\'s Minister of <portfolio of three words>, <Name>, also joined the meeting": the portfolio is no actor, the person joined', () => {
  it.each([
    [`${received}The Philippines' Minister of Migrant Worker Protection, Hans Leo Cacdac, also joined the meeting, according to the ministry.`, ['Enrique Manalo + Hans Leo Cacdac + Maris Sangiampongsa']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"X chaired a ministerial meeting attended by A, B and C": the chair and everyone listed met', () => {
  it.each([
    ['Peruvian Foreign Minister Elmer Schialer spoke on Monday.\n\nLater on Monday, Schialer chaired an Andean ministerial meeting attended by Bolivian Foreign Minister Celinda Sosa, Ecuador\'s Minister of Foreign Affairs Gabriela Sommerfeld and CAN Secretary-General Gonzalo Gutiérrez.', ['Celinda Sosa + Elmer Schialer + Gabriela Sommerfeld + Gonzalo Gutiérrez']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
