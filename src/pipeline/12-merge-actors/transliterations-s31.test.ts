/** One person's name with a c written k or s in another article, as national spellings write it (Kovalenco/Kovalenko). */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '..';
import { readHtml } from '../01-ingest/read-html';

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(`---\ndate: 2024-05-02\n---\n${text}`) });

describe('a hard or soft c spelled k or s in another article', () => {
  it.each<[first: [string, string], second: [string, string]]>([
    [
      ['Moldovan Deputy Foreign Minister Oleksandr Marchenco met Romanian Foreign Minister Emil Hurezeanu in Bucharest on Tuesday.', 'Oleksandr Marchenco'],
      ['Moldovan Deputy Foreign Minister Oleksandr Marchenko said on Wednesday that the bridge talks "went well."', 'Oleksandr Marchenko'],
    ],
    [
      ['Tunisian Foreign Minister Hichem Kacemi met Italian Foreign Minister Antonio Tajani in Rome on Tuesday.', 'Hichem Kacemi'],
      ['Tunisian Foreign Minister Hichem Kassemi said on Wednesday that the migration pact "must be revised."', 'Hichem Kassemi'],
    ],
  ])('%j and %j', (first, second) => {
    const { actors } = runPipeline([file('a.md', first[0]), file('b.md', second[0])], { readHtml }).dataset;
    const idOf = (name: string) => actors.find((a) => a.name === name || a.aliases.includes(name))?.id;
    expect(idOf(first[1])).toBeDefined();
    expect(idOf(first[1])).toBe(idOf(second[1]));
  });
});
