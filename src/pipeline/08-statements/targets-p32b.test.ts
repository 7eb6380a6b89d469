/**
 * A summons told as a protest is the summoner's statement aimed at the envoy's country, also when the envoy is named
 * between commas ("summoned Chile's ambassador, X, to protest…") and when the protest is a note handed over; the
 * summoned envoy named is a target too (the golds since probe33).
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf } from '../test-support';

describe('a protest summons of a named envoy', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    // The envoy's name between commas keeps the summons a protest; his country is the target, he is not.
    ['The Peruvian foreign ministry summoned Chile\'s ambassador, Ricardo Lagos Weber, to protest what it called "a campaign of lies."', 'Peru', ['Chile', 'Ricardo Lagos Weber']],
    // A protest note handed to the envoy is the protest.
    ['The Moroccan foreign ministry summoned Algeria\'s ambassador, Karim Benali, and handed him a protest note over the border closure.', 'Morocco', ['Algeria', 'Karim Benali']],
    ['Ecuador summoned the Colombian ambassador and handed her a note of protest on Monday.', 'Ecuador', ['Colombia']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
});

describe('a "while" clause right after the quote is the reporter\'s background', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    ['Opposition leader Rahul Gandhi accused the government of "sleeping on the job" while Pakistan strengthened its ties with Beijing.', 'Rahul Gandhi', []],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
});
