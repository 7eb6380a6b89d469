/**
 * Statements on the blind sets probe37/probe38 (session 31, s39): a leader cited by "As X says", the body a partner is on
 * the road to, a scholar's institution, officials of two sides at once and a long-held stance are nobody's words or nobody's aim; a demonym before a
 * single drone names its state.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf, statementSpeakers } from '../test-support';

describe('statement targets (session 31, s39)', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    // The body a partner is on the road to is where the words lead, not whom they are about.
    ['Ukrainian Foreign Minister Andrii Sybiha said Poland "has been Ukraine\'s most reliable partner on the road to the European Union."', 'Andrii Sybiha', ['Poland']],
    // A demonym before a single drone stands for the state that flew it.
    ['Kenyan Foreign Minister Musalia Mudavadi condemned the violation of Kenyan airspace by a Somali drone.', 'Musalia Mudavadi', ['Somalia']],
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
