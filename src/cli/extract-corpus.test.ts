import { describe, expect, it } from 'vitest';
import { computeLayout } from '../pipeline/15-layout';
import { layoutGraph } from '../pipeline/15-layout/graph';
import { extractCorpus, extractCorpusLayingOut } from './extract-corpus';
import { listCorpus } from './read-corpus';

describe('the layout computed once asked for', () => {
  it('places the actors as the layout in this thread does', async () => {
    const { dataset, layout } = await extractCorpusLayingOut(await listCorpus('data/corpus'), { workers: 1, textFolder: null });
    expect(dataset.layout).toBeUndefined();
    const positions = await layout();
    expect(layout()).toBe(layout());
    expect(Object.keys(positions).length).toBe(dataset.actors.length);
    expect(JSON.stringify(positions)).toBe(JSON.stringify(computeLayout(layoutGraph(dataset))));
  });

  it('comes last in the whole dataset', async () => {
    const dataset = await extractCorpus(await listCorpus('data/corpus'), { workers: 1, textFolder: null });
    expect(Object.keys(dataset).at(-1)).toBe('layout');
  });
});
