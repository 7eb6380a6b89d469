import { describe, expect, it } from 'vitest';
import { runPipeline } from '..';
import { readHtml } from '../01-ingest/read-html';

const article = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(`---\ndate: 2024-05-02\n---\n${text}`) });

describe('precomputed layout', () => {
  const files = [
    article('a.md', 'Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.'),
    article('b.md', 'Ugandan President Yoweri Museveni said on Tuesday that Ruto was welcome. Museveni held talks with Abiy in Kampala on Tuesday.'),
  ];

  it('places every actor, finite and spread out', () => {
    const { dataset } = runPipeline(files, { readHtml });
    const positions = Object.entries(dataset.layout ?? {});
    expect(positions.map(([id]) => id).sort()).toEqual(dataset.actors.map((a) => a.id).sort());
    for (const [, p] of positions) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(new Set(positions.map(([, p]) => `${p.x},${p.y}`)).size).toBe(positions.length);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(runPipeline(files, { readHtml }).dataset.layout)).toBe(JSON.stringify(runPipeline(files, { readHtml }).dataset.layout));
  });
});
