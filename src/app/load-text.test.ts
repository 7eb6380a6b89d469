import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_DOCUMENTS, FIXTURE_TEXT_SHARD } from './testing/fixture';
import { createTextLoader } from './load-text';

const respond = (body: string, status = 200) => vi.fn(async () => new Response(body, { status, statusText: status === 200 ? 'OK' : 'Error' }));
const [nyt, aawsat] = FIXTURE_DOCUMENTS;
const SHARD_FILE = `dataset.texts/${nyt.textShard}.json`;

describe('createTextLoader', () => {
  it('fetches a document text from its shard, once for the documents that share it', async () => {
    const fetchImpl = respond(JSON.stringify(FIXTURE_TEXT_SHARD));
    const load = createTextLoader(fetchImpl as typeof fetch);
    expect(await load(nyt)).toEqual({ status: 'ready', text: FIXTURE_TEXT_SHARD.documents[0].text });
    expect(await load(aawsat)).toMatchObject({ status: 'ready' });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(fetchImpl).toHaveBeenCalledWith(SHARD_FILE);
  });

  it.each([
    ['a missing file', respond('', 404), /missing \(HTTP 404\)/],
    ['a network failure', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))), /could not be fetched: Failed to fetch/],
    ['broken JSON', respond('{"formatVersion":'), /not valid JSON/],
    ['another format version', respond(JSON.stringify({ ...FIXTURE_TEXT_SHARD, formatVersion: 1 })), /formatVersion is 1/],
    ['a shard without the document', respond(JSON.stringify({ ...FIXTURE_TEXT_SHARD, documents: [] })), /no text for document nyt/],
    ['a text of another length', respond(JSON.stringify({ ...FIXTURE_TEXT_SHARD, documents: [{ ...FIXTURE_TEXT_SHARD.documents[0], text: 'changed' }] })), /not the one the dataset was extracted from/],
  ])('reports %s with the file name', async (_name, fetchImpl, problem) => {
    const result = await createTextLoader(fetchImpl as typeof fetch)(nyt);
    expect(result).toMatchObject({ status: 'error', file: SHARD_FILE });
    if (result.status === 'error') expect(result.problems.join('\n')).toMatch(problem);
  });

  it('asks again after a failed fetch', async () => {
    const fetchImpl = vi.fn().mockRejectedValueOnce(new TypeError('offline')).mockResolvedValue(new Response(JSON.stringify(FIXTURE_TEXT_SHARD)));
    const load = createTextLoader(fetchImpl as typeof fetch);
    expect(await load(nyt)).toMatchObject({ status: 'error' });
    expect(await load(nyt)).toMatchObject({ status: 'ready' });
  });
});
