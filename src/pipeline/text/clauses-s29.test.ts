import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phrasePattern } from './clauses';

/** What phrasePattern must match like: the list joined longest first (its form before session 29). */
function flatPattern(phrases: string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'))
    .join('|');
}

/** Every match with its groups, as a global pattern finds them. */
function matches(pattern: string, flags: string, text: string): string[][] {
  return [...text.matchAll(new RegExp(pattern, flags))].map((m) => [String(m.index), ...m.map((group) => group ?? '-')]);
}

const SURROUNDINGS: [string, string][] = [
  ['\\b(?:', ')\\b'],
  ['(', ')(\\s+\\w+)?'],
  ['(?<!\\bnot\\s)\\b(', ')(?=\\s|$)'],
];

describe('phrasePattern matches what the flat longest-first alternation matches', () => {
  it.each([
    // [phrases, text, flags]
    [['minister', 'minister of state', 'prime minister'], 'The minister of state met the prime minister.', 'gi'],
    [['talks', 'talks with', 'talk'], 'They held talks with Chile and talk often.', 'g'],
    [['telephone call', 'Telephone call', 'telephone conversation', 'Telephone conversation'], 'Telephone call, then a telephone  conversation.', 'gu'],
    [['Telephone call', 'telephone chat'], 'A telephone call and a Telephone chat and a telephone chat.', 'gi'],
    [['UN', 'un envoy'], 'The UN envoy spoke.', 'gi'],
    [['chargé d’affaires', "chargé d'affaires", 'charge d’affaires'], 'The Chargé d’affaires of Peru.', 'giu'],
    [['a.b', 'a', 'ab c'], 'a.b ab c axb a', 'g'],
  ])('%j in %j (%s)', (phrases, text, flags) => {
    for (const [before, after] of SURROUNDINGS) {
      expect(matches(`${before}${phrasePattern(phrases)}${after}`, flags, text)).toEqual(matches(`${before}${flatPattern(phrases)}${after}`, flags, text));
    }
  });

  it('shares prefixes instead of repeating them', () => {
    expect(phrasePattern(['minister', 'minister of state', 'minister of defence'])).toBe('minister(?:\\s+of\\s+(?:defence|state)|)');
    expect(phrasePattern(['telephone call', 'Telephone call'])).toBe('[tT]elephone\\s+call');
  });

  it('holds for any list of short phrases, with or without case', () => {
    const word = fc.stringMatching(/^[abAB.]{1,3}$/);
    const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    const text = fc.stringMatching(/^[abAB. ]{0,24}$/);
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 8 }), text, fc.constantFrom('g', 'gi', 'giu'), (phrases, sample, flags) => {
        for (const [before, after] of SURROUNDINGS) {
          expect(matches(`${before}${phrasePattern(phrases)}${after}`, flags, sample)).toEqual(matches(`${before}${flatPattern(phrases)}${after}`, flags, sample));
        }
      }),
      { numRuns: 400 },
    );
  });
});
