import { describe, expect, it } from 'vitest';
import { fixtureDataset } from './testing/fixture';
import { loadDataset } from './load-dataset';

const respond = (body: string, status = 200) => async () => new Response(body, { status, statusText: status === 200 ? 'OK' : 'Error' });

describe('loadDataset', () => {
  it('indexes a valid dataset', async () => {
    const result = await loadDataset(respond(JSON.stringify(fixtureDataset())));
    expect(result.status).toBe('ready');
    if (result.status === 'ready') expect(result.index.actors.get('ali-khamenei')?.name).toBe('Ali Khamenei');
  });

  it.each([
    ['a missing file', respond('', 404), /missing \(HTTP 404\).*npm run extract/],
    ['a server error', respond('', 500), /HTTP 500/],
    ['a network failure', async () => Promise.reject(new TypeError('Failed to fetch')), /could not be fetched: Failed to fetch/],
    ['broken JSON', respond('{"formatVersion":'), /not valid JSON/],
    ['another format version', respond(JSON.stringify({ ...fixtureDataset(), formatVersion: 1 })), /formatVersion is 1/],
    ['a schema problem', respond(JSON.stringify({ ...fixtureDataset(), events: [{ id: 'x' }] })), /events\.0/],
    [
      'evidence that does not fit its document',
      respond(JSON.stringify({ ...fixtureDataset(), events: [{ ...fixtureDataset().events[0], evidence: [{ ...fixtureDataset().events[0].evidence[0], start: 1 }] }] })),
      /does not fit document nyt/,
    ],
  ])('reports %s with the file name', async (_name, fetchImpl, problem) => {
    const result = await loadDataset(fetchImpl as typeof fetch);
    expect(result).toMatchObject({ status: 'error', file: 'dataset.json' });
    if (result.status === 'error') expect(result.problems.join('\n')).toMatch(problem);
  });
});
