import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from './clauses';

describe('allMatches', () => {
  it('gives what matchAll gives, empty matches and surrogate pairs included', () => {
    const patterns = [/\b(?:met|held\s+talks)\b/g, /a*/g, /(?:)/gu, /x|/gu, /\p{L}+/gu];
    const text = fc.array(fc.constantFrom('a', 'x', ' ', 'met', 'held talks', '😀', 'é', '\uD835'), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...patterns), (input, pattern) => {
        const read = (matches: RegExpMatchArray[]) => matches.map((match) => [match.index, match[0]]);
        expect(read(allMatches(input, pattern))).toEqual(read([...input.matchAll(pattern)]));
      }),
      { seed: 5, numRuns: 2000 },
    );
  });
});
