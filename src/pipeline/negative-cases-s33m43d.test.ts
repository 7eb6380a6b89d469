/**
 * Meeting-recall rules of session 33 (m43d) that must not add a pair: a country inside a body's name, a speaker in a "with"
 * clause after a chaired meeting, a letter received, a delegation with no meeting told, an audience still to come.
 * Each has a positive twin in 07-meetings/meetings-s33m43d.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { occurredMeetings } from './test-support';

describe('no pair with the country of a body\'s name, nor with who speaks in a "with" clause, nor with the sender of a letter received', () => {
  it.each([
    ['Foreign Minister Rafael Acuña Prado also visited the offices of the Administrator of the Nicaragua Canal on Thursday afternoon.', []],
    ['On Monday, Foreign Minister Ramón Cardozo Ferreira chaired in Salto the meeting of the Uruguay-Argentina river commission, with spokesperson Lucía Ferreyra Vidal saying the talks had been useful.', []],
    ['On Monday, President Gabriel Ortúzar Vidal received at the Palacio de las Cortes a letter from President Kim Jun-seo.', []],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"The Sri Lankan delegation included X" with no meeting told; "X took part in the audience" before any audience was held', () => {
  it.each([
    ['The Sri Lankan delegation included the Deputy Minister of Trade, Kumari Jayawardena.', []],
    ['The Head of State, General Mamadou Keïta, will receive next week the Special Envoy of the Japanese Government for Africa, Kenji Watanabe. The Minister of Foreign Affairs, Fatoumata Diallo-Sangaré, will take part in the audience.', []],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
