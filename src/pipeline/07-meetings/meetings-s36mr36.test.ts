/**
 * Meetings (session 36, mr36): co-chairs of one sitting met wherever it was held; talks "were held … between" two people;
 * calls and discussions told in other words. Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

const sorted = (text: string) => occurredMeetings(text).sort();

describe('"X and Y co-chaired the 4th session of the Joint Commission": chairing one sitting together is a meeting, place told or not', () => {
  it.each([
    ['On Tuesday, Deputy Foreign Minister Anton Varga and Hungarian Vice Foreign Minister Laszlo Nemeth co-chaired the 4th political consultation between the two foreign ministries.', ['Anton Varga + Laszlo Nemeth']],
    ['H.E. Tran Duc Minh and H.E. Lim Sokha, Deputy Prime Minister, Minister of Foreign Affairs, co-chaired the 6th Meeting of the Laos-Vietnam Sub-Committee on Energy.', ['Lim Sokha + Tran Duc Minh']],
    ['Earlier, the Minister of Foreign Affairs, Dr Hamad bin Saleh Al Mansoori, and Peruvian Foreign Minister Lucia Paredes co-chaired the second session of the Joint Committee.', ['Hamad bin Saleh Al Mansoori + Lucia Paredes']],
  ])('%s', (text, expected) => expect(sorted(text)).toEqual(expected));
});

describe('"Negotiations were held at the Ministry … between X and Y": the noun told as held, then everyone at it', () => {
  it.each([
    ['On 3 March, negotiations were held at the Ministry of Foreign Affairs of Mongolia between Foreign Minister of Mongolia Batbold Ganzorig and Kazakh Foreign Minister Aidos Serikbayev.', ['Aidos Serikbayev + Batbold Ganzorig']],
    ['Talks were held in Ulaanbaatar on Monday between Mongolian President Batbold Ganzorig and Kazakh President Aidos Serikbayev.', ['Aidos Serikbayev + Batbold Ganzorig']],
  ])('%s', (text, expected) => expect(sorted(text)).toEqual(expected));
});

describe('calls and discussions in other words: "had a videoconference with", "held discussion with", "held a telephone talk with", "talked by phone", "in a videoconference format"', () => {
  it.each([
    ['On Monday, Chilean Deputy Minister Rosa Ibáñez had a videoconference with the Norwegian Minister of Trade, Ms Ingrid Solberg-Aas.', ['Ingrid Solberg-Aas + Rosa Ibáñez']],
    ['Foreign Minister H.E. Dr. Kofi Mensah-Bonsu held discussion with Vice Minister of Foreign Affairs of Portugal, Rui Tavares Lopes, on Tuesday at his office.', ['Kofi Mensah-Bonsu + Rui Tavares Lopes']],
    ['On 4 March, commencing at 5:00 p.m., Minister Haruto Sakai held a telephone talk with H.E. Mr. Anan Srisuk, Minister of Foreign Affairs of Thailand.', ['Anan Srisuk + Haruto Sakai']],
    ['Panamanian President Ernesto Valdés talked by phone Saturday with Costa Rican President Laura Chinchilla-Mora.', ['Ernesto Valdés + Laura Chinchilla-Mora']],
    ['On March 4, President Askar Dzhumabaev held talks in a videoconference format with President of Mongolia Batbold Ganzorig.', ['Askar Dzhumabaev + Batbold Ganzorig']],
  ])('%s', (text, expected) => expect(sorted(text)).toEqual(expected));
});
