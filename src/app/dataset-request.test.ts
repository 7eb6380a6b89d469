import { describe, expect, it } from 'vitest';
import { handOverOnce } from './dataset-request';

describe('handOverOnce', () => {
  const started = Promise.resolve(new Response('started'));
  const fetched: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL) => {
    fetched.push(String(input));
    return new Response('fresh');
  }) as typeof fetch;
  const fetchDataset = handOverOnce(started, 'dataset.json', fetchImpl);

  it.each([
    ['the started request, the first time the file is asked for', 'dataset.json', 'started', []],
    ['a fresh request for another file', 'texts/a.json', 'fresh', ['texts/a.json']],
    ['a fresh request for the file after that', 'dataset.json', 'fresh', ['texts/a.json', 'dataset.json']],
  ])('gives %s', async (_name, file, body, requests) => {
    expect(await (await fetchDataset(file)).text()).toBe(body);
    expect(fetched).toEqual(requests);
  });
});
