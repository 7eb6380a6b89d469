/** Speakers: a legislature's member named by the chamber before the title; a quote within words the subject recounts. */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('who speaks', () => {
  it.each<[text: string, speakers: string[]]>([
    // "National Assembly Member X": the chamber and "Member" are the role, not part of the name.
    ['Opposition National Assembly Member Kofi Mensah Boateng criticised the government, saying it had "waited too long."', ['Kofi Mensah Boateng']],
    ['Malawi Congress Party (MCP) National Assembly Member Grace Chimwala Banda said the treaty "sold out the lake."', ['Grace Chimwala Banda']],
    ['Liberal Party Assembly Member Sione Tuilagi Faleolo said the runway was "long overdue."', ['Sione Tuilagi Faleolo']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});

describe('a quote within recounted words', () => {
  it.each<[text: string, speakers: string[]]>([
    // "He recalled what X had told him": the subject's account; X says nothing of his own here.
    ['Foreign Minister Ahmad Rahimi said the teams would meet monthly. He recalled what President Farid Karimov had told him before the trip.', ['Ahmad Rahimi']],
    ['Foreign Minister Ahmad Rahimi recalled what President Farid Karimov had told him: the talks must go on.', []],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
