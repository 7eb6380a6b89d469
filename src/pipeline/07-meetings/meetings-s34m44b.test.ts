import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"The Prime Minister was joined by X" paragraphs after the meeting, "was joined at the talks by", "while the Hungarian minister was accompanied by": each companion was at it', () => {
  it.each([
    ["Prime Minister Tomas Okoro yesterday hosted Kenya's Deputy President, Peter Otieno, at State House, where the two leaders reviewed the treaty.\n\nThe Prime Minister was joined by the Minister for Defence, Dr Anna Wekesa, and the Minister for Foreign Affairs, Justin Mwangi.", ['Anna Wekesa + Justin Mwangi + Peter Otieno + Tomas Okoro']],
    ['Foreign Minister Marta Novak and her Hungarian counterpart Gábor Szalai held talks in Bratislava on Wednesday.\n\nNovak was joined at the talks by State Secretary Peter Kollar, while the Hungarian minister was accompanied by State Secretary Eszter Varga-Kiss, the ministry said.', ['Eszter Varga-Kiss + Gábor Szalai + Marta Novak + Peter Kollar']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"A and Honduras\' Foreign Minister B also participated in the meeting"; "In the meeting they have also participated the X, A, and the Y, B"', () => {
  it.each([
    ["Prime Minister Ana Ruiz and President Peter Otieno held talks on Thursday.\n\nDr Carla Mendes and Honduras' Foreign Minister Lidia Mejía also participated in the meeting.", ['Ana Ruiz + Carla Mendes + Lidia Mejía + Peter Otieno']],
    ['President Jorge Ortiz has received this Monday in the Government Palace the President of Uruguay, Martín Sosa. In the meeting they have also participated the Minister of Foreign Affairs, Lucía Paz, and the Uruguayan Chancellor, Diego Ferrer.', ['Diego Ferrer + Jorge Ortiz + Lucía Paz + Martín Sosa']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"met Y, with whom he agreed to meet again next year, and on Sunday held a brief meeting with Z": the plan is the relative clause\'s, the second meeting took place', () => {
  it.each([
    ['President Jorge Ortiz held several bilateral meetings this weekend. Last Saturday he met the President of Chile, Ana Rojas, with whom he agreed to meet again in Santiago next year, and this Sunday he held a brief meeting with the Peruvian Prime Minister, Luis Quispe, to prepare the next summit.', ['Ana Rojas + Jorge Ortiz', 'Jorge Ortiz + Luis Quispe']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"Attending the meeting were:" and a list of dashed items under the sides\' headings: everyone listed was at the meeting', () => {
  it.each([
    ['Speaker of Parliament Karin Lindqvist received the Speaker of the National Assembly of Kenya, Peter Otieno, at Parliament House in Stockholm on Monday.\n\nAttending the meeting were:\n\nParliament of Sweden\n- Speaker Karin Lindqvist\n- Deputy Speaker Anders Holm\n\nNational Assembly of Kenya\n- Speaker Peter Otieno\n- Mary Wanjiru, Member of Parliament\n\nThe talks focused on trade.', ['Anders Holm + Karin Lindqvist + Mary Wanjiru + Peter Otieno']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"signed a memorandum in the presence of the two leaders" after others joined the leaders\' talks: the two named in the talks\' sentence witnessed it', () => {
  it.each([
    ["Prime Minister Ana Ruiz and President Peter Otieno held talks at State House on Thursday.\n\nForeign Minister Lidia Mejía also participated in the meeting.\n\nDuring the visit, Kenya's Agriculture Minister Paul Kamau and his Peruvian counterpart Rosa Quispe signed a memorandum of understanding on maize, in the presence of the two leaders.", ['Ana Ruiz + Lidia Mejía + Peter Otieno', 'Ana Ruiz + Paul Kamau + Peter Otieno + Rosa Quispe']],
  ])('%s', (text, expected) => expect(occurredMeetings(text).map((m) => m.split(' + ').sort().join(' + ')).sort()).toEqual(expected));
});
