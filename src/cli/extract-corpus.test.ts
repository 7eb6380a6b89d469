import { describe, expect, it } from 'vitest';
import { computeLayout } from '../pipeline/15-layout';
import { layoutGraph } from '../pipeline/15-layout/graph';
import type { BatchJob } from './batch-job';
import { MAX_BATCH_BYTES_UNDER_LIMIT, WORKER_OLD_GENERATION_MB, extractCorpus, extractCorpusLayingOut, pipelineWorkerOptions } from './extract-corpus';
import { listCorpus } from './read-corpus';

describe('the layout in a worker thread', () => {
  it('places the actors as the layout in this thread does', async () => {
    const { dataset, layout } = await extractCorpusLayingOut(await listCorpus('data/corpus'), { workers: 1, textFolder: null });
    expect(dataset.layout).toBeUndefined();
    const positions = await layout;
    expect(Object.keys(positions).length).toBe(dataset.actors.length);
    expect(JSON.stringify(positions)).toBe(JSON.stringify(computeLayout(layoutGraph(dataset))));
  });

  it('comes last in the whole dataset', async () => {
    const dataset = await extractCorpus(await listCorpus('data/corpus'), { workers: 1, textFolder: null });
    expect(Object.keys(dataset).at(-1)).toBe('layout');
  });
});

describe("the document stages' workers' heap", () => {
  const job = (...sizes: number[]): BatchJob => ({
    files: sizes.map((size, i) => ({ path: `${i}.txt`, fullPath: `/corpus/${i}.txt`, size })),
    catalogue: { manifest: new Map(), fileIds: new Map() },
    textFolder: null,
  });

  it('limits the old generation when every batch is small', () => {
    const options = pipelineWorkerOptions([job(200_000, 56_000), job(MAX_BATCH_BYTES_UNDER_LIMIT)]);
    expect(options.resourceLimits).toEqual({ maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB });
  });

  it("keeps V8's default limit when a batch is larger", () => {
    const options = pipelineWorkerOptions([job(200_000), job(MAX_BATCH_BYTES_UNDER_LIMIT + 1)]);
    expect(options.resourceLimits).toEqual({ maxYoungGenerationSizeMb: 4 });
  });
});
