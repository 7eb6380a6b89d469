/**
 * Speakers (session 34, s44b): a party named after "the opposition party", a reflexive after the subject, "lamented" and
 * "estimated that", and the translated '"…", has said X'.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets, statementSpeakers } from '../test-support';

describe('speakers', () => {
  it.each<[text: string, speakers: string[]]>([
    ['The opposition party Zelena said in a written statement that Austria "is trading the ruling for a photo".', ['Zelena']],
    ['Foreign Minister Juan Pérez-Soto received Marta Ríos-Vela on Friday.\n\nRíos-Vela herself affirmed that Ecuador sees Peru "as a partner".', ['Marta Ríos-Vela']],
    ['Foreign Minister Juan Pérez-Soto received Marta Ríos-Vela on Friday.\n\nFor her part, Ríos-Vela lamented that Bolivia "keeps its chair at the bloc empty".', ['Marta Ríos-Vela']],
    ['In statements to the paper, the economist Gustavo Ortiz-Pardo estimated that Chile "is still far from compensating what the country loses".', ['Gustavo Ortiz-Pardo']],
    ['Foreign Minister Juan Pérez-Soto received Marta Ríos-Vela on Friday.\n\nThe region "cannot wait for Brussels any longer", has said Pérez-Soto.', ['Juan Pérez-Soto']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
  it('the party\'s words are about the country it names', () => {
    expect(firstStatementTargets('The opposition party Zelena said Austria "is trading the ruling for a photo".', 'Zelena')).toEqual(['Austria']);
  });
});

describe('"the Chancellery" is the foreign ministry of the country the article is about', () => {
  it('a denial through a communiqué', () => {
    const text = 'Costa Rican Foreign Minister Ana Solís-Mora opened the new consulate in San José on Friday.\n\nThe Chancellery denied, through a communiqué, the versions according to which Solís-Mora had met in Managua last week with the Nicaraguan presidential adviser Pedro Ortiz-Lara.';
    expect(statementSpeakers(text)).toEqual(['Costa Rica']);
    expect(firstStatementTargets(text, 'Costa Rica')).toContain('Pedro Ortiz-Lara');
  });
});
