import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"X hosted a <kind> meeting in Y, attended by A, B and C": the host and everyone listed met', () => {
  it.each([
    ["Prime Minister Mia Mottley hosted a CARICOM heads of government meeting in Bridgetown, attended by Jamaica's Prime Minister Andrew Holness, Guyana's President Irfaan Ali and CARICOM Secretary-General Carla Barnett.", ['Andrew Holness + Carla Barnett + Irfaan Ali + Mia Mottley']],
    ['President Bola Tinubu convened an ECOWAS summit in Abuja attended by Ghanaian President John Mahama and Senegalese President Bassirou Diomaye Faye.', ['Bassirou Diomaye Faye + Bola Tinubu + John Mahama']],
    ['Prime Minister Philip Davis hosted a regional security meeting in Nassau, attended by St Kitts and Nevis Prime Minister Terrance Drew and Dominica Prime Minister Roosevelt Skerrit.', ['Philip Davis + Roosevelt Skerrit + Terrance Drew']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"Y led a delegation that included A and B", told after the meeting of Y: the members were at it', () => {
  it.each([
    ["Fijian Prime Minister Sitiveni Rabuka held talks with Australia's Foreign Minister Penny Wong in Suva on Monday.\n\nThe two sides also discussed labour mobility, according to a government statement.\n\nMs Wong led a delegation that included Pacific Minister Pat Conroy and Australia's High Commissioner to Fiji, Ewen McDonald.", ['Ewen McDonald + Pat Conroy + Penny Wong + Sitiveni Rabuka']],
    ['Tongan Prime Minister Aisake Eke received Japanese Foreign Minister Takeshi Iwaya in Nuku\'alofa on Tuesday. Iwaya led a high-level delegation including Japan\'s Ambassador to Tonga, Kenji Saito.', ['Aisake Eke + Kenji Saito + Takeshi Iwaya']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"received a call from Y, who was accompanied by X": the antecedent of ", who" mid-sentence is whom X came with', () => {
  it.each([
    ['On Monday, Cambodian Prime Minister Hun Manet received a courtesy call from Thai Deputy Foreign Minister Russ Jalichandra, who was accompanied by Thai Ambassador Prasas Prasasvinitchai.', ['Hun Manet + Prasas Prasasvinitchai + Russ Jalichandra']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"received X on Monday, in <place>, in the presence of Z": a place set off by commas before the companions', () => {
  it.each([
    ["Jordanian Foreign Minister Ayman Safadi received on Monday the Omani Minister of Foreign Affairs, Sayyid Badr Albusaidi, in Amman, in the presence of Jordan's ambassador to Oman, Hazem al-Khatib.", ['Ayman Safadi + Badr Albusaidi + Hazem al-Khatib']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"the foreign minister spoke with Y": the one minister the article named before', () => {
  it.each([
    ['Foreign minister Vijitha Herath met Maldivian envoy Masood Imad in Colombo on Tuesday.\n\nEarlier on Monday, the foreign minister spoke over the phone with Nepal\'s foreign minister Arzu Rana Deuba, the ministry said.', ['Arzu Rana Deuba + Vijitha Herath', 'Masood Imad + Vijitha Herath']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"Sweden was represented by a state secretary": an unnamed official of its own puts the country at the meeting', () => {
  it.each([
    ["Estonian Foreign Minister Margus Tsahkna hosted his Baltic colleagues in Tallinn on Friday, where he held talks with Latvia's Baiba Braže and Lithuania's Kęstutis Budrys.\n\nPoland was represented by a deputy minister because of a cabinet reshuffle.", ['Baiba Braže + Kęstutis Budrys + Margus Tsahkna + Poland']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"The two leaders witnessed the signing of agreements by A and B": those who signed were at the leaders\' meeting', () => {
  it.each([
    ['Ghanaian President John Mahama held talks with Ivorian President Alassane Ouattara in Accra on Monday.\n\nThe two leaders witnessed the signing of three agreements by Ghanaian Foreign Minister Samuel Okudzeto Ablakwa and Ivorian Foreign Minister Léon Kacou Adom.', ['Alassane Ouattara + John Mahama + Léon Kacou Adom + Samuel Okudzeto Ablakwa']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
