import { describe, expect, it } from 'vitest';
import { DocumentIds, DocumentNumbers } from './document-ids';

describe('DocumentNumbers', () => {
  it('numbers each document once, in the order first named, and gives its id back', () => {
    const documents = new DocumentNumbers();
    expect(['lima-2', 'accra-1', 'lima-2', 'oslo-7'].map((id) => documents.numberOf(id))).toEqual([0, 1, 0, 2]);
    expect([0, 1, 2].map((number) => documents.idOf(number))).toEqual(['lima-2', 'accra-1', 'oslo-7']);
  });
});

describe('DocumentIds', () => {
  it.each<[added: string[], sorted: string[]]>([
    [[], []],
    [['b'], ['b']],
    [['b', 'b', 'a', 'b', 'a'], ['a', 'b']],
    // Code-unit order, not the order documents were numbered in.
    [['doc-10', 'doc-9', 'Doc-1'], ['Doc-1', 'doc-10', 'doc-9']],
    // Past the first room of four, and past a doubling.
    [['j', 'i', 'h', 'g', 'f', 'e', 'd', 'c', 'b', 'a', 'k'], ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']],
  ])('%j -> %j', (added, sorted) => {
    const documents = new DocumentNumbers();
    const ids = new DocumentIds();
    for (const id of added) ids.add(documents.numberOf(id));
    expect(ids.sorted(documents)).toEqual(sorted);
  });
});
