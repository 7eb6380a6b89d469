import { describe, expect, it } from 'vitest';
import { datasetJsonChunks, datasetJsonChunksAwaitingLayout } from './dataset-json';
import type { Dataset } from '../schema';

const dataset = (overrides: Partial<Dataset>): Dataset => ({ formatVersion: 2, documents: [], actors: [], events: [], merges: [], warnings: [], ...overrides });

describe('datasetJsonChunks', () => {
  it.each([
    ['empty lists', dataset({})],
    ['records and a layout', dataset({ warnings: [{ file: 'a.txt', reason: 'x' }, { file: 'b "c".txt', reason: 'y\nz' }], layout: { a: { x: 1, y: -2.5 } } })],
  ])('writes JSON that parses back to the dataset: %s', (_name, value) => {
    const json = [...datasetJsonChunks(value)].join('');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('puts each record on a line of its own and leaves out absent fields', () => {
    const json = [...datasetJsonChunks(dataset({ warnings: [{ file: 'a.txt', reason: 'x' }, { file: 'b.txt', reason: 'y' }] }))].join('');
    expect(json.split('\n')).toContain('{"file":"a.txt","reason":"x"},');
    expect(json).not.toContain('layout');
  });

  it('writes the same text when the layout comes later', async () => {
    const records = dataset({ warnings: [{ file: 'a.txt', reason: 'x' }] });
    const layout = { a: { x: 1, y: -2.5 } };
    const chunks = await Promise.all(datasetJsonChunksAwaitingLayout(records, () => Promise.resolve(layout)));
    expect(chunks.join('')).toBe([...datasetJsonChunks({ ...records, layout })].join(''));
  });

  it('asks for the layout only once every other field has been taken', () => {
    let asked = false;
    const taken: string[] = [];
    for (const chunk of datasetJsonChunksAwaitingLayout(dataset({ warnings: [{ file: 'a.txt', reason: 'x' }] }), () => ((asked = true), Promise.resolve({})))) {
      if (typeof chunk !== 'string') break;
      expect(asked).toBe(false);
      taken.push(chunk);
    }
    expect(asked).toBe(true);
    expect(taken.join('')).toMatch(/"warnings":\[\n\{"file":"a.txt","reason":"x"\}\n\],\n"layout":$/);
  });
});
