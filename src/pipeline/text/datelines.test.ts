import { describe, expect, it } from 'vitest';
import { isDatelinePlace } from './datelines';
import type { Mention, Sentence } from '../types';

// "Lima, 4 March - Peru's foreign minister …": the sentence at index 1 is the document's first body sentence, from 100.
const sentences = [{ start: 0 }, { start: 100 }] as Sentence[];
const mention = (over: Partial<Mention>): Mention => ({ sentence: 1, start: 100, locative: 'place', ...over }) as Mention;

describe('isDatelinePlace', () => {
  it.each<[string, Partial<Mention>, number | undefined, boolean]>([
    ['the place opening the first body sentence', {}, 1, true],
    ['a place further into that sentence', { start: 110 }, 1, false],
    ['an actor, not a place, opening it', { locative: null }, 1, false],
    ['a place opening a later sentence', {}, 0, false],
    ['a document with no body sentence', {}, undefined, false],
  ])('%s', (_, over, firstBody, expected) => {
    expect(isDatelinePlace(mention(over), sentences, firstBody)).toBe(expected);
  });
});
