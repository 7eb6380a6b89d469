/**
 * Speakers and targets a phrase inside the sentence misleads: a body or a leader closing an apposition of affiliation
 * ("X, of the Y Foundation, said"), a country's name inside a currency's ("US dollars"), and a person who "had told him"
 * something inside another's report (the reporter's words, not a statement of the one reported).
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf, statementSpeakers } from '../test-support';

describe('an apposition of affiliation describes the speaker before it', () => {
  it.each<[text: string, speakers: string[]]>([
    // The foundation the analyst belongs to is not who speaks.
    ['Political scientist Lena Brandt, of the Bertelsmann Foundation, said that "Berlin got the deal it wanted."', ['Lena Brandt']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});

describe('a country named in a currency is no target', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    ['Kenyan Finance Minister John Mbadi said the loan from China, worth 200 million US dollars, would be repaid by 2030.', 'John Mbadi', ['China']],
    ['Fijian Trade Minister Manoa Kamikamica said Australia had offered 40 million Singapore dollars for the catch.', 'Manoa Kamikamica', ['Australia']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual([...targets].sort());
  });
});

describe('"tells reporters that Y had told him": the one who told the reporter makes no statement there', () => {
  it.each<[text: string, speakers: string[]]>([
    ['11.05am: Deputy Minister Lotte Hansen tells reporters that Pedro Alves had told her Lisbon was "willing to look again" at the quota.', ['Lotte Hansen']],
    // Twin: a spokesperson's report passes on the words of the one who told him.
    ['Deputy Foreign Minister Eva Kralova met Austria\'s ambassador on Monday. A ministry spokesman, Jan Novak, said afterwards that she had told him Prague "expects concrete proposals."', ['Eva Kralova']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
