import { describe, expect, it } from 'vitest';
import { occurredMeetings } from './test-support';

describe('negative twins (s36 pm53): reports left unconfirmed, questioned or denied are hearsay; a meeting told under another heading is not joined', () => {
  it.each([
    ['"would neither confirm nor deny the report"', 'Dutch Foreign Minister Pieter Jansen arrived in Vienna on Tuesday. The Kurier newspaper reported that Jansen had also held an unannounced meeting with Bavaria\'s state premier Klaus Oberhofer in Munich. The Dutch embassy would neither confirm nor deny the report.'],
    ['"is reporting that" and "has not been able to verify this"', 'Croatian Foreign Minister Ivan Horvat attended the summit. Zagreb tabloid Vecernji is reporting that Mr Horvat held a private meeting with Slovenia\'s Foreign Minister Marta Kovač on the margins of the summit. RTV has not been able to verify this.'],
    ['"Neither the party nor the embassy confirmed the meeting"', 'Norwegian Prime Minister Erik Lindberg visited Stockholm. Aftenposten reported on Saturday that Lindberg also met party leader Sven Aasmund in Oslo on Friday evening. Neither the party nor the Swedish embassy confirmed the meeting.'],
    ['"Can you confirm?": a question ending on the verb', 'QUESTION: Nepali social media accounts claimed this week that the Foreign Minister Ram Thapa met the Chinese envoy, Li Wen, in Kathmandu last Saturday. Can you confirm?'],
    ['"Several media say that … Is it true?"', 'Le Soleil: Several media say that Minister Awa Diop met the Russian envoy Igor Volkov in Moscow in October. Is it true?'],
  ])('%s', (_label, text) => expect(occurredMeetings(text)).toEqual([]));
});

describe('negative twins (s36 pm53): "took part in the meeting" under a new item\'s heading adds no one to the call told before it', () => {
  it.each([
    ['a page of readouts: the second item\'s reception went untold', 'Head of State holds telephone conversation with Prime Minister of Malaysia\n\nPresident Aigul Bekova held a telephone conversation with Prime Minister of Malaysia Razak Hamid.\n\n*  *  *\n\nAigul Bekova receives Minister of Foreign Affairs of Peru\n\nDuring the meeting at the palace, Aigul Bekova noted that Peru is a partner.\n\nDeputy Prime Minister Nurlan Sadykov took part in the meeting.', ['Aigul Bekova + Razak Hamid']],
    ['a section\'s heading: its meeting is another', 'On Monday, Executive Secretary Joao Mabunda held a telephone conversation with the Chairperson of the AU Commission, Amina Diallo.\n\nExtraordinary Meeting of the Ministerial Committee\n\nOn Tuesday, the Extraordinary Meeting of the Committee was chaired by Minister Peter Banda. The meeting was attended by Hon. Grace Tembo, Minister of Foreign Affairs of Zambia.', ['Amina Diallo + Joao Mabunda']],
  ])('%s', (_label, text, expected) => expect(occurredMeetings(text).sort()).toEqual(expected));
});

describe('negative twins (s36 pm53): an agenda\'s entries in the present under a heading of things to come are planned', () => {
  it.each([
    ['"Upcoming events": dated entries', 'Council Daily News\n\nThe Council approved a Latvian scheme yesterday.\n\nUpcoming events of the Members of the Council (week of 6 to 12 March 2024)\n\nWednesday 8 March: Commissioner Clara Weiss receives the Prime Minister of Portugal, Rui Tavares.\nFriday 10 March: Vice-President Jan Novak meets the Minister for Foreign Affairs of Estonia, Kadri Tamm.'],
    ['"Forthcoming visits": "holds talks with"', 'Presidential Office\n\nThe President returned from Oslo on Monday.\n\nForthcoming visits\n\nPresident Lars Berg holds talks with Finnish President Aino Virtanen.'],
  ])('%s', (_label, text) => expect(occurredMeetings(text)).toEqual([]));
});
