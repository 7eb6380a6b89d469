import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline';
import type { Document } from '../schema';
import { runPipelineInWorkers, sliceByLength } from './parallel-pipeline';

describe('the pipeline in worker threads', () => {
  it('gives byte-for-byte the dataset of the single-thread run', async () => {
    const corpus = join(import.meta.dirname, '../../data/corpus');
    // Enough copies (under other names) to pass the size below which workers are not used.
    const files = readdirSync(corpus).flatMap((name) =>
      Array.from({ length: 8 }, (_, copy) => ({ path: `copy${copy}/${name}`, bytes: new Uint8Array(readFileSync(join(corpus, name))) })),
    );
    const inWorkers = await runPipelineInWorkers(files, 2);
    expect(JSON.stringify(inWorkers)).toBe(JSON.stringify(runPipeline(files)));
  }, 120_000);

  it.each([
    [[10, 10, 10, 10], 2, [2, 2]],
    [[100, 1, 1, 1], 2, [1, 3]],
    [[5, 5], 4, [1, 1]],
    [[], 3, []],
  ])('slices %j into %i workers as %j', (lengths, count, expected) => {
    const documents = lengths.map((n, i) => ({ id: String(i), text: 'x'.repeat(n) }) as Document);
    expect(sliceByLength(documents, count).map((slice) => slice.length)).toEqual(expected);
  });
});
