/**
 * Meetings (session 36, mc36): a companion or attendee told in the sentence after a meeting joins it. "Present there were",
 * "X was present.", "X were also in the room" point at the sentence just before; "The Deputy Prime Minister of the Czech
 * Republic was accompanied by", "The delegation of Uzbekistan also included" name the side by its country. Hand-written,
 * about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

const sorted = (text: string) => occurredMeetings(text).sort();

describe('"Present there were", "Present at the call was", "Among those present was", "X was present.", "X were also in the room": the meeting just told', () => {
  it.each([
    ['President Aldo Verrani received Foreign Minister Tomas Kelvik of Norway at the palace on Monday.\n\nPresent there were Trade Minister Ines Brunhilde and Ambassador Karl Osterlund.', ['Aldo Verrani + Ines Brunhilde + Karl Osterlund + Tomas Kelvik']],
    ['Prime Minister Sofia Marquez paid a courtesy call on President Ivo Radic in Zagreb on Monday. Present at the call was Croatian Foreign Minister Lana Petek.', ['Ivo Radic + Lana Petek + Sofia Marquez']],
    ['President Tomas Ferreyra received Uruguayan President Luis Otero with honours at the palace on Tuesday. Among those present was the Secretary General of the Presidency, Carla Ibarguren.', ['Carla Ibarguren + Luis Otero + Tomas Ferreyra']],
    ['On 4 March, Vice President Wei Lan met with Fijian Prime Minister Jone Tikoduadua at the Great Hall of the People. Vice Foreign Minister Zhou Ming was present.', ['Jone Tikoduadua + Wei Lan + Zhou Ming']],
    ['Prime Minister Hemi Tuilagi hosted Samoan Prime Minister Afamasaga Tuala at his office yesterday. Finance Minister Losa Vaai and Ambassador Pita Fonoti were also in the meeting.', ['Afamasaga Tuala + Hemi Tuilagi + Losa Vaai + Pita Fonoti']],
    ['President Karim Haddad held a bilateral meeting with Kenyan President Moses Wekesa in Rabat on Tuesday. Moroccan Foreign Minister Nadia Alaoui and Kenyan Foreign Minister Ruth Chebet were also in the room.', ['Karim Haddad + Moses Wekesa + Nadia Alaoui + Ruth Chebet']],
    ['Prime Minister Anan Siriwat received Malaysian Foreign Minister Aziz Rahmat at Government House on Friday. Deputy Foreign Minister Pravit Chaiyo sat in, as the minister was abroad.', ['Anan Siriwat + Aziz Rahmat + Pravit Chaiyo']],
  ])('%s', (text, expected) => expect(sorted(text)).toEqual(expected));
});

describe('"The Deputy Prime Minister of Norway was accompanied by X", "The delegation of Uzbekistan also included X": the side named by its country', () => {
  it.each([
    ['President Aldo Verrani of Italy received Prime Minister Tomas Kelvik of Norway at the palace on Monday. The Prime Minister of Norway was accompanied by Ambassador Karl Osterlund.', ['Aldo Verrani + Karl Osterlund + Tomas Kelvik']],
    ['President Aldo Verrani of Italy received Deputy Prime Minister Pavel Novotny of the Czech Republic at the palace on Monday. The Deputy Prime Minister of the Czech Republic was accompanied by Ambassador Jana Dvorakova.', ['Aldo Verrani + Jana Dvorakova + Pavel Novotny']],
    ['Foreign Minister Aldo Verrani of Italy held talks with his Uzbek counterpart Rustam Aliev in Rome on Monday. The delegation of Uzbekistan also included Deputy Minister of Water Resources Dilmurod Nazarov.', ['Aldo Verrani + Dilmurod Nazarov + Rustam Aliev']],
  ])('%s', (text, expected) => expect(sorted(text)).toEqual(expected));
});
