/** Meetings whose other side is named apart from the verb (session 30, probe36). Hand-written, about Central Asia and Latin America. */
import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"held talks with his Uzbek counterpart", the one Uzbek named with no office of his own: he is the counterpart', () => {
  it.each([
    ['Kazakh Foreign Minister Murat Nurtleu held talks with his Uzbek counterpart on Monday in Astana.\n\nBakhtiyor Saidov, who arrived on Sunday, handed over a letter from Tashkent.', ['Bakhtiyor Saidov + Murat Nurtleu']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"hosted his Central American counterparts … Attending were A, B and C": the list names whom the host met', () => {
  const hosted = 'Costa Rican Foreign Minister Arnoldo André Tinoco on Monday hosted his Central American counterparts in San José for the annual ministerial meeting.';
  it.each([
    [`${hosted}\n\nAttending were Panama's Javier Martínez-Acha and Honduras's Eduardo Enrique Reina.`, ['Arnoldo André Tinoco + Eduardo Enrique Reina + Javier Martínez-Acha']],
    // A sentence of background between.
    [`${hosted} The bloc was founded in 1991.\n\nAttending were Panama's Javier Martínez-Acha and Honduras's Eduardo Enrique Reina.`, ['Arnoldo André Tinoco + Eduardo Enrique Reina + Javier Martínez-Acha']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"hosted the three foreign ministers of the bloc - A, B and C - together with D": the names between the dashes and D met the host', () => {
  it.each([
    ["Brazilian Foreign Minister Mauro Vieira spoke on Monday.\n\nIn Brasília, Vieira hosted the three foreign ministers of the Andean Community - Peru's Elmer Schialer, Ecuador's Gabriela Sommerfeld and Bolivia's Celinda Sosa - together with CAN Secretary-General Gonzalo Gutiérrez.", ['Celinda Sosa + Elmer Schialer + Gabriela Sommerfeld + Gonzalo Gutiérrez + Mauro Vieira']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"received (copies of) the credentials of the new Ambassador of Chile, X": the envoy presented them in person', () => {
  it.each([
    ['On Friday, Foreign Minister Gabriela Sommerfeld received copies of the credentials of the new Ambassador of Chile to Ecuador, Carlos Mendes Rocha, at the ministry.', ['Carlos Mendes Rocha + Gabriela Sommerfeld']],
    ['President Luis Arce received the letters of credence of the new Ambassador of Peru, Ana Cecilia Gervasi, at the Casa Grande del Pueblo.', ['Ana Cecilia Gervasi + Luis Arce']],
    // The court formula of a monarchy: the audience took place.
    ['On Tuesday, Sultan Haitham bin Tarik consented to receive the credentials of the new Ambassador of Japan to Oman, Noriyuki Shikata, at Al Alam Palace.', ['Haitham bin Tarik + Noriyuki Shikata']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"both attended the summit and held talks": a twin of the "without holding talks" negative, the talks took place', () => {
  it.each([
    ['Colombian President Gustavo Petro and Venezuelan President Nicolás Maduro both attended the CELAC summit in Tegucigalpa in April and held talks on its sidelines.', ['Gustavo Petro + Nicolás Maduro']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
