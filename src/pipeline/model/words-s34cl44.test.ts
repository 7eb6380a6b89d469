import { describe, expect, it } from 'vitest';
import words from './words.json';

describe('words.json wholeGovernmentNouns', () => {
  it('are heads of a government mention (governmentHeads): stage 06 weighs them only at the end of one', () => {
    expect(words.wholeGovernmentNouns.filter((noun) => !words.governmentHeads.includes(noun))).toEqual([]);
  });
});
