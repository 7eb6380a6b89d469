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
