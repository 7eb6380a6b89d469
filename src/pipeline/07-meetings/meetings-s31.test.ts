import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"<outlet> reported that X also met Y", left unconfirmed in that sentence or the next: hearsay, no meeting', () => {
  it.each([
    ['Kenyan President William Ruto received Somali President Hassan Sheikh Mohamud in Nairobi on Monday. The Daily Nation reported that Hassan Sheikh also met opposition leader Raila Odinga on Sunday, but The Star could not independently confirm the meeting.', ['Hassan Sheikh Mohamud + William Ruto']],
    ['Malaysian Prime Minister Anwar Ibrahim met Thai Prime Minister Anutin Charnvirakul in Bangkok on Saturday. A Thai newspaper reported that Anwar also met former Prime Minister Thaksin Shinawatra on Saturday evening, but the Foreign Ministry did not confirm it.', ['Anutin Charnvirakul + Anwar Ibrahim']],
    ['Ghanaian President John Mahama received Togolese Foreign Minister Robert Dussey in Accra on Monday. Several websites reported on Monday evening that Mr Dussey had also met the opposition leader Mahamudu Bawumia at a hotel in Osu. The Daily Graphic was unable to confirm the information.', ['John Mahama + Robert Dussey']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('a report kept: a sentence that leaves something else unconfirmed, after a meeting told as fact', () => {
  it.each([
    ['Ghanaian President John Mahama received Togolese Foreign Minister Robert Dussey in Accra on Monday. The agenda of the talks could not be confirmed.', ['John Mahama + Robert Dussey']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"during the meeting at the General Diwan": a name after "at the" and one capitalised word is a hall', () => {
  it.each([
    ["Sheikh Mohammed bin Abdulrahman Al Thani, Prime Minister and Minister of Foreign Affairs, received at the Ministry's General Diwan yesterday Hakan Fidan, Minister of Foreign Affairs of Turkey.\n\nPhoto caption: Sheikh Mohammed and Fidan during the meeting at the General Diwan.", ['Hakan Fidan + Mohammed bin Abdulrahman Al Thani']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"The meeting was attended by A, <title>, and B, <title>": the list goes on past the first title', () => {
  it.each([
    ["Sheikh Mohammed bin Abdulrahman Al Thani, Prime Minister and Minister of Foreign Affairs, received in Doha yesterday Hakan Fidan, Minister of Foreign Affairs of Turkey.\n\nThe meeting was attended by Sheikh Mohammed Al Khulaifi, Undersecretary of the Ministry for Political Affairs, and Mustafa Göksu, the Turkish ambassador.", ['Hakan Fidan + Mohammed Al Khulaifi + Mohammed bin Abdulrahman Al Thani + Mustafa Göksu']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"In Lima he held talks with X, and was later received by Y": a place opening before the pronoun subject', () => {
  it.each([
    ['Foreign Minister Mauro Vieira crossed the continent on Thursday with a modest agenda. In Lima he held talks with his Peruvian counterpart, Elmer Schialer, at the Torre Tagle palace, and was later received by President José Jerí at the Government Palace.', ['José Jerí + Mauro Vieira', 'Elmer Schialer + Mauro Vieira']],
    ["Australia's Foreign Minister Penny Wong flew to the Pacific on Monday. In Apia she held talks with Samoan Prime Minister La'auli Leuatea Schmidt, and later visited a hospital.", ["La'auli Leuatea Schmidt + Penny Wong"]],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"<meeting> was held yesterday under the chairmanship of X. The meeting was attended by A; B; and C": the chair and the attendees met', () => {
  it.each([
    ["The Council of Ministers of the Southern African Development Community was held yesterday in Gaborone under the chairmanship of Botswana's Foreign Minister Phenyo Butale.\n\nThe meeting was attended by the Minister of Foreign Affairs of Namibia, Ms Selma Ashipala-Musavyi; the Minister of International Relations of South Africa, Mr Ronald Lamola; and the Executive Secretary of SADC, Mr Elias Magosi.", ['Elias Magosi + Phenyo Butale + Ronald Lamola + Selma Ashipala-Musavyi']],
    ["The Council of Ministers of the Southern African Development Community was held yesterday in Gaborone under the chairmanship of Botswana's Foreign Minister Phenyo Butale.\n\nThe meeting was attended by the Minister of Foreign Affairs of Namibia, Ms Selma Ashipala-Musavyi; and the Minister of International Relations of South Africa, Mr Ronald Lamola. France was represented by its Ambassador to Botswana, Mrs Claire Dubois-Martin.", ['Claire Dubois-Martin + Phenyo Butale + Ronald Lamola + Selma Ashipala-Musavyi']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"held talks with his Bolivian counterpart. Fernando Aramayo, who arrived …": a dictionary person of that country with no office named next', () => {
  it.each([
    ['Chilean Foreign Minister Alberto van Klaveren held talks with his Bolivian counterpart in Santiago on Wednesday. Fernando Aramayo, who arrived in the Chilean capital on Tuesday, said the talks were "frank."', ['Alberto van Klaveren + Fernando Aramayo']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"received the copies of the credentials of the new Ambassador of Y, X": the envoy presented them in person', () => {
  it.each([
    ['On Tuesday, Uruguayan Foreign Minister Mario Lubetkin received the copies of the credentials of the new Ambassador of Japan to Uruguay, Kenji Harada Moriyama, at the Palacio Santos.', ['Kenji Harada Moriyama + Mario Lubetkin']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"received Y at the palace in the presence of Z", no comma before the phrase: Z was at the meeting', () => {
  it.each([
    ['President Nikos Christodoulides received Greek Foreign Minister Giorgos Gerapetritis at the Presidential Palace in the presence of Foreign Minister Constantinos Kombos, and the three men discussed energy links.', ['Constantinos Kombos + Giorgos Gerapetritis + Nikos Christodoulides']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
