/**
 * Statements on the blind sets probe37/probe38 (session 31, s39): a courtesy's sender, a leader cited by "As X says", a
 * scholar's institution, officials of two sides at once and a long-held stance are nobody's words or nobody's aim.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf, statementSpeakers } from '../test-support';

describe('statement targets (session 31, s39)', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    // Who sent a courtesy through the speaker is not whom the words are about.
    ['Togolese Foreign Minister Robert Dussey conveyed the greetings of President Faure Gnassingbé to the Emir.', 'Robert Dussey', []],
    ['Ghanaian Foreign Minister Kofi Mensah said he carried "a message of friendship from President Alassane Ouattara to the Ghanaian people" and that Accra wanted closer ties.', 'Kofi Mensah', []],
    // A leader whose saying the speaker borrows lends the words, not their aim.
    ['"As President Lula says, \'trade has no borders,\'" Mauro Vieira told reporters after the meeting.', 'Mauro Vieira', []],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
});

describe('statement speakers (session 31, s39)', () => {
  it.each<[text: string, speakers: string[]]>([
    // The institution after a scholar's name is the scholar's, never the speaker.
    ['Professor Hanna Lindqvist of Uppsala University said the two governments were "building trust."', ['Hanna Lindqvist']],
    // Unnamed officials of two countries at once: a bare attribution.
    ['Peruvian and Chilean officials said the two countries would sign a memorandum next year.', []],
    // A stance held since a past event or for years is background.
    ['Colombia has demanded the return of the artefacts since the 1990s.', []],
    ['Guatemala has demanded an apology from Belize since independence.', []],
    ['Ecuador has insisted for decades that the border is settled.', []],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
