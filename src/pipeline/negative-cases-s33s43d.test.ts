/**
 * Things that must NOT become statements or targets (session 33, s43d). Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets, statementSpeakers } from './test-support';

describe('a summons told with nothing said of it is no statement', () => {
  it.each<[text: string]>([
    ['The Latvian foreign ministry summoned on Friday the Ambassador of the Russian Federation, Oleg Sadkin.'],
    ['The Jordanian Foreign Ministry summoned the Israeli charge d\'affaires in Amman, Dan Levi-Amir, after settler attacks near Jericho.'],
    ['The opposition urged the Uruguayan government to summon the chargé d\'affaires of Argentina, Pablo Medina Ruiz.'],
  ])('%s', (text) => {
    expect(statementSpeakers(text)).toEqual([]);
  });
});

describe('a country closing the name of an outlet told the words is not whom they are about', () => {
  it.each<[text: string, speaker: string, notTarget: string]>([
    ['Deputy Minister Tomas Rojas-Vidal told Radio Nacional de Colombia that Ecuador "went further than anyone expected."', 'Tomas Rojas-Vidal', 'Colombia'],
    ['Trade Minister Paulo Nhantumbo told Rádio de Moçambique that Malawi "will open the port road in March."', 'Paulo Nhantumbo', 'Mozambique'],
  ])('%s', (text, speaker, notTarget) => {
    expect(firstStatementTargets(text, speaker)).not.toContain(notTarget);
  });
});
