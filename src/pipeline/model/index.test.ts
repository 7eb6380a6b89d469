import { describe, expect, it } from 'vitest';
import { PhraseIndex } from '.';

describe('PhraseIndex', () => {
  const index = new PhraseIndex(['Foreign Minister', 'Gen. Staff', 'envoy']);
  const words = (text: string) => text.split(' ').map((word) => ({ lower: word.toLowerCase() }));

  it('matches the longest phrase at a word, a trailing period aside', () => {
    expect(index.match(words('the Foreign Minister said'), 1)).toBe(3);
    expect(index.match(words('Gen Staff'), 0)).toBe(2);
    expect(index.match(words('the envoy.'), 1)).toBe(2);
    expect(index.match(words('the foreign office'), 1)).toBe(0);
  });

  it('lists every first word with and without a period: a word it does not list opens no phrase', () => {
    const first = new Set(index.firstWords());
    expect(first).toEqual(new Set(['foreign', 'foreign.', 'gen', 'gen.', 'envoy', 'envoy.']));
    for (const text of ['Gen. Staff', 'ENVOY.', 'foreign minister']) expect(first.has(words(text)[0].lower)).toBe(true);
  });
});
