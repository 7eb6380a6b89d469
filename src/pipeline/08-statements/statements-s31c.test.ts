/**
 * A protest summons whose envoy is placed at his post ("summoned Bolivia's ambassador in Lima, X, to protest …"); words
 * said before that a speaker calls something ('called the claims about the border "baseless"'); "Saudi" as a demonym;
 * a branch of the state between a demonym and its agents ("Algerian intelligence officials"); "… and claimed that X …"
 * after another verb of the same speaker.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf, statementSpeakers } from '../test-support';

describe('a protest summons of an envoy named after the seat of his post', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    ['The Peruvian foreign ministry summoned the ambassador of Bolivia in Lima, Carlos Quispe Mamani, to protest against what it called "a campaign of lies."', 'Peru', ['Bolivia', 'Carlos Quispe Mamani']],
    ['The Ghanaian foreign ministry summoned Togo\'s chargé d\'affaires in Accra, Kossi Agbeko, and handed him a protest note over the closure of the border.', 'Ghana', ['Kossi Agbeko', 'Togo']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
});

describe('"called the claims … "baseless"": a speaker judging words said before', () => {
  it.each<[text: string, speakers: string[]]>([
    ['The Chinese embassy in Manila called the allegations about the reef "fabricated."', ['China']],
    ['Ecuadorian Foreign Minister Gabriela Sommerfeld called the reports "pure speculation."', ['Gabriela Sommerfeld']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});

describe('"… and claimed that X was …" after another verb of the same speaker: the clause is his words too', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    ['The Chinese embassy in Manila said the accusations were "baseless," and claimed that Vietnam was "stirring tensions in the sea."', 'China', ['Vietnam']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
});

describe('a demonym before its state\'s agents', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    // "Saudi" is a demonym, so the demonym rules apply to it: before other nouns it only describes.
    ['Yemeni Foreign Minister Shaya al-Zindani thanked Saudi border guards for their help.', 'Shaya al-Zindani', []],
    ['Omani Foreign Minister Badr Albusaidi said the Yemen talks were "about Saudi money first."', 'Badr Albusaidi', ['Yemen']],
    // A branch of the state between the demonym and its agents keeps them the state's.
    ['Malian spokesman Abdoulaye Maiga accused Algerian intelligence officials of "meddling in the north."', 'Abdoulaye Maiga', ['Algeria']],
    ['Ukrainian Foreign Minister Andrii Sybiha accused Russian security forces of "abducting children."', 'Andrii Sybiha', ['Russia']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
});
