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

describe('"received, today, Friday, at the State House in the city of X, <long title>, Y": the weekday and the city are the setting, Y the guest', () => {
  it.each([
    ['NAIROBI, November 13, 2026 (KNA) – President Peter Otieno received, today, Friday, at the Presidential Headquarters in the city of Nairobi, Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Uganda, John Mukasa, who conveyed to him the greetings of the Ugandan President.', ['John Mukasa + Peter Otieno']],
    ['President Peter Otieno received at the State House in the city of Nairobi the Foreign Minister of Uganda, John Mukasa.', ['John Mukasa + Peter Otieno']],
    ['President Peter Otieno received, today, Friday, at the Presidential Headquarters in the city of Nairobi, Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Uganda, John Mukasa.\n\nThe meeting was attended by Vice President of Kenya and Deputy Chairman of the Party Executive Committee, Mary Wanjiru, Minister of Foreign Affairs Paul Kamau, Head of the General Intelligence Service James Mwangi, and the Ambassador of the Republic of Uganda to Kenya, Sarah Namata.', ['James Mwangi + John Mukasa + Mary Wanjiru + Paul Kamau + Peter Otieno + Sarah Namata']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"Also attending the meeting were the X, A, and the Y, B": each was at the meeting told before', () => {
  it.each([
    ['This Tuesday, the Secretary of Foreign Affairs, Juan Pérez Soto, received at the headquarters of the Foreign Ministry the Minister of Foreign Affairs of the Republic of Peru, Ana Rojas Vidal.\n\nAlso attending the meeting were the Undersecretary for Africa, Lucía Gómez, and the Ambassador of Peru in Chile, Marco Díaz.', ['Ana Rojas Vidal + Juan Pérez Soto + Lucía Gómez + Marco Díaz']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"received X, Chairman of the Council of Y, at State House in Z, in the presence of A and B": the guest\'s title and the place before the companions', () => {
  it.each([
    ['President Peter Otieno received today Lieutenant General John Mukasa, Chairman of the Transitional Council of the Republic of Uganda, at State House in Nairobi, in the presence of Dr. Paul Kamau, Minister of Foreign Affairs, and Major General James Mwangi, Head of the General Intelligence Service.', ['James Mwangi + John Mukasa + Paul Kamau + Peter Otieno']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"The Ugandan side included Mr. X": a side\'s member was at the meeting just told', () => {
  it.each([
    ['President Peter Otieno received today Lieutenant General John Mukasa, Chairman of the Transitional Council of the Republic of Uganda, at State House in Nairobi. The Ugandan side included Mr. Samuel Okot, Minister of Foreign Affairs.', ['John Mukasa + Peter Otieno + Samuel Okot']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"A, B and Foreign Minister of the Republic of C D, who joined by video, held a trilateral meeting": the relative clause closes a list of subjects', () => {
  it.each([
    ['Kenyan Foreign Minister Peter Otieno received Ugandan Foreign Minister John Mukasa in Nairobi on Monday.\n\nLater, Peter Otieno, John Mukasa and Foreign Minister of the Republic of Ghana Kwame Mensah, who joined via videoconference from Accra, held the fourth trilateral meeting of foreign ministers.', ['John Mukasa + Kwame Mensah + Peter Otieno']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"X and Y attended the expanded meeting": they joined the meeting just told', () => {
  it.each([
    ['Kenyan Foreign Minister Peter Otieno received Ugandan Foreign Minister John Mukasa in Nairobi on Monday.\n\nOn the same day, Peter Otieno and John Mukasa held a meeting in a limited format, followed by an expanded-format meeting with the participation of delegations. Deputy Minister of Foreign Affairs Paul Kamau and Ambassador of Uganda to Kenya Sarah Namata attended the expanded meeting.', ['John Mukasa + Paul Kamau + Peter Otieno + Sarah Namata']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
