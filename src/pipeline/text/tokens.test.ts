import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

const texts = (text: string) => tokenize(text, 0, text.length).map((t) => `${t.text}@${t.start}-${t.end}`);

describe('tokens', () => {
  it.each([
    ["Iran's", ['Iran@0-4', "'s@4-6"]],
    ['Kenya’s', ['Kenya@0-5', "'s@5-7"]],
    ["ministers'", ['ministers@0-9', "'s@9-10"]],
    ['allies’', ['allies@0-6', "'s@6-7"]],
    ["Al's", ['Al@0-2', "'s@2-4"]],
    ["A's", ["A's@0-3"]],
    ["ss'", ["ss'@0-3"]],
    ['talks', ['talks@0-5']],
  ])('%s: a possessive ending is a token of its own, except in words of three characters or fewer', (text, expected) => expect(texts(text)).toEqual(expected));

  it('keep each word in lower case and whether it is capitalised', () => {
    expect(tokenize('Élysée talks', 0, 12).map((t) => [t.lower, t.capitalized])).toEqual([['élysée', true], ['talks', false]]);
  });
});
