/**
 * An organization naming its own ministerial gathering ("at the OSCE ministerial council", "the NATO ministerial
 * meeting") is where the words were set, not whom they are about.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf } from '../test-support';

describe('an organization\'s ministerial gathering is the venue', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    ['Finnish Foreign Minister Elina Valtonen said she would raise the border closures with Russia at the OSCE ministerial council in Malta.', 'Elina Valtonen', ['Russia']],
    ['Polish Foreign Minister Radoslaw Sikorski said at the NATO ministerial meeting that Belarus must release the detained journalists.', 'Radoslaw Sikorski', ['Belarus']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
});
