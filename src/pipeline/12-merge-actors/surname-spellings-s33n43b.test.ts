/** One person's family name transliterated otherwise in another article, after the same given names. */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '..';
import { readHtml } from '../01-ingest/read-html';

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(`---\ndate: 2024-05-02\n---\n${text}`) });

function idsOf(first: string, second: string, names: [string, string]): [string | undefined, string | undefined] {
  const { actors } = runPipeline([file('a.md', first), file('b.md', second)], { readHtml }).dataset;
  const idOf = (name: string) => actors.find((a) => a.name === name || a.aliases.includes(name))?.id;
  return [idOf(names[0]), idOf(names[1])];
}

describe('a family name transliterated otherwise in another article', () => {
  it.each<[string, string, [string, string]]>([
    [
      'Jordanian Economy Minister Karim Bashour met Italian Economy Minister Giancarlo Rossi in Rome on Tuesday.',
      'Jordanian Economy Minister Karim Bachour said on Wednesday that the fund "would open next year."',
      ['Karim Bashour', 'Karim Bachour'],
    ],
    [
      'Sri Lankan Trade Minister Nalin Paulraj met Malaysian Trade Minister Aziz Rahman in Kuala Lumpur on Tuesday.',
      'Sri Lankan Trade Minister Nalin Poulraj said on Wednesday that tea tariffs "must fall."',
      ['Nalin Paulraj', 'Nalin Poulraj'],
    ],
  ])('%s / %s', (first, second, names) => {
    const [a, b] = idsOf(first, second, names);
    expect(a).toBeDefined();
    expect(a).toBe(b);
  });
});
