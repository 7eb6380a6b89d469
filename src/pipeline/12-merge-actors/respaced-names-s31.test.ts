/** One person's full name spaced, joined or hyphenated otherwise in two articles ("Ahmad Abu Bakar", "Ahmad Abubakar"). */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '..';
import { readHtml } from '../01-ingest/read-html';

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(`---\ndate: 2024-05-02\n---\n${text}`) });

/** The actors two articles name `first` and `second` by: one id when they are one person. */
function actorIdsOf(first: [text: string, name: string], second: [text: string, name: string]): Set<string | undefined> {
  const { actors } = runPipeline([file('a.md', first[0]), file('b.md', second[0])], { readHtml }).dataset;
  const idOf = (name: string) => actors.find((a) => a.name === name || a.aliases.includes(name))?.id;
  return new Set([idOf(first[1]), idOf(second[1])]);
}

describe('one full name spaced or joined otherwise in two articles', () => {
  it.each<[first: [string, string], second: [string, string]]>([
    [
      ['Malaysian Foreign Minister Ahmad Abu Bakar met Thai Foreign Minister Maris Sangiampongsa in Bangkok on Tuesday.', 'Ahmad Abu Bakar'],
      ['Malaysian Foreign Minister Ahmad Abubakar said on Wednesday that the border talks "went well."', 'Ahmad Abubakar'],
    ],
    [
      ['Dutch Foreign Minister Pieter van der Berg met Belgian Foreign Minister Maxime Prévot in Brussels on Tuesday.', 'Pieter van der Berg'],
      ['Dutch Foreign Minister Pieter Vanderberg said on Wednesday that the port deal "is close."', 'Pieter Vanderberg'],
    ],
    [
      ['Tunisian Foreign Minister Khaled Ben Ali met Italian Foreign Minister Antonio Tajani in Rome on Tuesday.', 'Khaled Ben Ali'],
      ['Tunisian Foreign Minister Khaled Benali said on Wednesday that the migration pact "must be revised."', 'Khaled Benali'],
    ],
    // A vowel transliterated otherwise too, as the name key allows.
    [
      ['Algerian Foreign Minister Karim Ben Salah met Spanish Foreign Minister José Manuel Albares in Madrid on Tuesday.', 'Karim Ben Salah'],
      ['Algerian Foreign Minister Kerim Bensalah said on Wednesday that the gas contract "will be honoured."', 'Kerim Bensalah'],
    ],
  ])('%j and %j', (first, second) => {
    const ids = actorIdsOf(first, second);
    expect(ids.has(undefined)).toBe(false);
    expect(ids.size).toBe(1);
  });
});
