import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"(Source, City, Country) Secretary-General of X (ABC), Dr. Y, paid a courtesy call on Z": the bracketed source is no subject; an item\'s number "(2)" is no source', () => {
  it.each([
    ['(ECOWAS Secretariat, Accra, Ghana) Secretary-General of the Economic Community of West African States (ECOWAS), H.E. Dr. Amara Kone, on Thursday 19 November paid a courtesy call on Her Excellency Ama Mensah, President of the Republic of Ghana, at the Jubilee House in Accra.', ['Ama Mensah + Amara Kone']],
    ['Foreign Minister Juan Pérez of Chile met Foreign Minister Amara Kone of Ghana on Monday.\n\n(2) Both ministers recalled that President Ana Rojas and President Ama Mensah held a summit meeting in Lima in October 2025.', ['Ama Mensah + Ana Rojas', 'Amara Kone + Juan Pérez']],
  ])('%s', (text, expected) => expect(occurredMeetings(text).sort()).toEqual(expected));
});

describe('"met the political directors of A, B and C -- X, Y and Z --": the people apposed to the countries are whom the subject met', () => {
  it.each([
    ['Kenyan Deputy Foreign Minister Peter Kamau met the political directors of Spain, Italy and Poland -- Ambassador Maria Ferrer, Ambassador Marco Bellini and Ambassador Anna Kowalska -- at the Kenyan mission to the United Nations.', ['Anna Kowalska + Marco Bellini + Maria Ferrer + Peter Kamau']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
