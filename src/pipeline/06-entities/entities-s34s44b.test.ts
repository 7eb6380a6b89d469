/**
 * Entities (session 34, s44b): untitled names in a list of place-and-name pairs after a plural role's "from".
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets, statementSpeakers } from '../test-support';

describe('"her counterparts from A, X, and B, Y": each name is a person', () => {
  it('both the first and the second pair', () => {
    const text = 'The Minister of Foreign Affairs, Ana Ruiz-Ortega, received yesterday her counterparts from Chile, Tomás Ignacio Vergara, and Peru, Julio Cárdenas Ríos, at the Chancellery.\n\nVergara said Ecuador "is the engine of the region". Cárdenas Ríos said Bolivia "keeps its chair empty".';
    expect(statementSpeakers(text)).toEqual(['Julio Cárdenas Ríos', 'Tomás Ignacio Vergara']);
  });
});

describe('bodies the dictionary knows', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    ['Kenyan Foreign Minister John Mwangi accused Chad of "arming the Rapid Support militia".', 'John Mwangi', ['Chad', 'Rapid Support Forces']],
    ['Kenyan Foreign Minister John Mwangi said the Southern African Customs Union "must open its markets".', 'John Mwangi', ['Southern African Customs Union']],
  ])('%s', (text, speaker, targets) => {
    expect(firstStatementTargets(text, speaker)).toEqual(targets);
  });
});
