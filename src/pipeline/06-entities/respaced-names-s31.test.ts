/** One person's name spaced, joined or hyphenated otherwise later in the article ("Abdel Aty" for "Abdelatty"). */
import { describe, expect, it } from 'vitest';
import { occurredMeetings, statementSpeakers } from '../test-support';

describe('a later mention spelling one person\'s surname with other spacing', () => {
  it.each<[text: string, meetings: string[]]>([
    // Split where the full name joins, a doubled letter written once.
    ["Malaysia's Foreign Minister Rizal Abdulaziz arrived in Bangkok on Monday. On Tuesday, Abdul Aziz held talks with Thai Foreign Minister Maris Sangiampongsa.", ['Maris Sangiampongsa + Rizal Abdulaziz']],
    ["Tunisia's Foreign Minister Khaled Benali arrived in Rome on Monday. On Tuesday, Ben Ali held talks with Italian Foreign Minister Antonio Tajani.", ['Antonio Tajani + Khaled Benali']],
    ["Morocco's Minister of Trade Karim Abdelhady arrived in Amman on Monday. On Tuesday, Abdel Hady held a phone call with Jordanian Foreign Minister Ayman Safadi.", ['Ayman Safadi + Karim Abdelhady']],
    // Joined where the full name splits its particles.
    ['Dutch Foreign Minister Pieter van der Berg arrived in Brussels on Monday. On Tuesday, Vanderberg held talks with Belgian Foreign Minister Maxime Prévot.', ['Maxime Prévot + Pieter van der Berg']],
  ])('%s', (text, meetings) => {
    expect(occurredMeetings(text)).toEqual(meetings);
  });
});

describe('a later speaker named by a respaced surname', () => {
  it.each<[text: string, speakers: string[]]>([
    ['Nigerian Foreign Minister Yusuf Abu Bakar arrived in Accra on Monday. Abubakar said the border "must reopen before the harvest."', ['Yusuf Abu Bakar']],
    ['Irish Foreign Minister Siobhan MacDonagh arrived in London on Monday. Mac Donagh said the border "must stay open."', ['Siobhan MacDonagh']],
    ['Irish Foreign Minister Siobhan Mac Donagh arrived in London on Monday. MacDonagh said the border "must stay open."', ['Siobhan Mac Donagh']],
    ['Libyan Foreign Minister Omar El-Mabrouk arrived in Tunis on Monday. Elmabrouk said the crossing "must reopen."', ['Omar El-Mabrouk']],
    ['Senegalese Interior Minister Moustapha Bendiaye arrived in Banjul on Monday. Ben Diaye said the ferry "must run again by June."', ['Moustapha Bendiaye']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
