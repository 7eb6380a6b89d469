import { describe, expect, it } from 'vitest';
import { initialState } from '..';
import { contentHash } from '../text/hash';
import type { Article } from '../types';
import { fingerprintBodies } from '.';

function article(id: string, lines: [kind: 'body' | 'headline', text: string][]): Article {
  const text = lines.map(([, line]) => line).join('\n');
  let offset = 0;
  const blocks = lines.map(([kind, line]) => {
    const block = { start: offset, end: offset + line.length, kind, repeated: false, filePhoto: false };
    offset += line.length + 1;
    return block;
  });
  return {
    id, path: `${id}.txt`, articleIndex: 0, title: null, outlet: null, url: null, date: null, dateSource: null,
    referenceDate: null, referenceDateSource: null, duplicateOf: null, text, blocks,
  } as Article;
}

const keysOf = (...documents: Article[]) => fingerprintBodies({ ...initialState(), documents }, {}).bodyKeys.map((k) => k.key);

describe('body fingerprints', () => {
  it('fold case, and read each run of other characters as one space, outside the headline', () => {
    const bodies = ['  «Ökonomie» — 42 Ministers met in 𝐀thens; ΟΔΟΣ. İstanbul… ', '\ud800 end!'];
    const folded = bodies.join(' ').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const [key] = keysOf(article('a', [['headline', 'Headline'], ...bodies.map((body): ['body', string] => ['body', body])]));
    expect(key).toBe(`${folded.length}:${contentHash(folded)}`);
  });

  it('give copies that differ in spacing and punctuation one key, and an empty body none', () => {
    expect(new Set(keysOf(article('a', [['body', 'Talks began, in Rome.']]), article('b', [['body', 'talks  began in ROME']]))).size).toBe(1);
    expect(keysOf(article('c', [['body', ' -- ']]))).toEqual([]);
  });
});
