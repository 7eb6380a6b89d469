/**
 * Whom "told him" stands for: a spokesperson the sentence calls "he" or "she" reports what was told to them,
 * while one named as spokesperson passes on their principal's words.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf } from '../test-support';

describe('"told him" after a spokesperson', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    // A party's spokesman, named in the sentence before, is "He" who was told.
    ["The Social Democrats' spokesman on foreign affairs, Tomas Lindgren, was unconvinced. He said Prime Minister Ulf Kristersson had told him in private that the treaty would pass.", 'Ulf Kristersson', ['Tomas Lindgren']],
    ["Colombia's opposition spokeswoman on trade, Laura Quintero, disagreed. She said President Gustavo Petro had told her that the tariffs would be lifted.", 'Gustavo Petro', ['Laura Quintero']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual([...targets].sort());
  });
});
