/**
 * Meeting rules of session 34 (m44b) that must not add a pair: a gathering's name before its noun, "no bilateral meeting took
 * place", a meeting that "has therefore not taken place", a report neither side would confirm, a companion of someone at no meeting.
 * Their positive twins are in 07-meetings/meetings-s34m44b.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { occurredMeetings } from './test-support';

describe('no party named by the gathering, nor a meeting denied or left unconfirmed', () => {
  it.each([
    ['Interior Minister Tomas Varga and Austrian Interior Minister Karl Huber last met in Rome in 2024, at a Salzburg Forum meeting hosted by Italy.', ['Karl Huber + Tomas Varga']],
    ['President Ana Ruiz and Kenyan President Peter Otieno attended the gala dinner, but no bilateral meeting took place.', []],
    ['President Ana Ruiz and Kenyan President Peter Otieno exchanged greetings during the gala dinner, but no bilateral meeting took place, the spokesperson said.', []],
    ['The Bolivian President, Marco Ruiz Tellez, was represented by his foreign minister. A meeting between President Jorge Hernández and Ruiz Tellez, which the Bolivian side had put on the table weeks ago, has therefore not taken place.', []],
    ['Interior Minister Tomas Varga met Prime Minister Karl Huber on Thursday. The Vienna Courier is informed that Varga also had a private meeting with Opposition leader Anna Berger on Thursday afternoon. Neither the Hungarian embassy nor the party would confirm the meeting when contacted.', ['Karl Huber + Tomas Varga']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('no companion joins a meeting its subject was not at, and a list of attendees joins no meeting that was not told', () => {
  it.each([
    ['Foreign Minister Lidia Mejía met Kenyan Foreign Minister Paul Kamau on Monday.\n\nThe Prime Minister was joined by Finance Minister Rosa Quispe at a rally in the capital.', ['Lidia Mejía + Paul Kamau']],
    ['Speaker Karin Lindqvist will receive the Speaker of the National Assembly of Kenya, Peter Otieno, next week.\n\nAttending the meeting were:\n\n- Deputy Speaker Anders Holm\n- Mary Wanjiru, Member of Parliament\n\nThe talks will focus on trade.', []],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
