import { describe, expect, it } from 'vitest';
import { isManifestPath, readManifest } from './manifest';

const none = { title: null, date: null, outlet: null, url: null };

describe('isManifestPath', () => {
  it.each([
    ['sources.json', true],
    ['news/sources.json', true],
    ['my-sources.json', false],
    ['sources.json.txt', false],
  ])('%s → %s', (path, expected) => expect(isManifestPath(path)).toBe(expected));
});

describe('readManifest', () => {
  it.each([
    [
      'a list with file or path',
      'sources.json',
      [{ file: 'a.txt', title: 'A', date: '2023-11-06', outlet: 'Wire', url: 'https://x/a' }, { path: './b.md', source: 'Gazette' }],
      [
        ['a.txt', { title: 'A', date: '2023-11-06', outlet: 'Wire', url: 'https://x/a' }],
        ['b.md', { ...none, outlet: 'Gazette' }],
      ],
      [],
    ],
    [
      'an object keyed by file name, in a subfolder',
      'news/sources.json',
      { 'a.txt': { title: 'A' }, 'deep/c.html': { publisher: 'P', date: 'November 7, 2023' } },
      [
        ['news/a.txt', { ...none, title: 'A' }],
        ['news/deep/c.html', { ...none, outlet: 'P', date: '2023-11-07' }],
      ],
      [],
    ],
    [
      'bad entries, each ignored with a reason',
      'sources.json',
      [{ title: 'no file' }, 'a.txt', { file: 'a.txt', date: 'soon' }, { file: 'a.txt', title: 'again' }],
      [['a.txt', none]],
      [
        'entry 1 names no file (needs "file" or "path"); entry ignored',
        'entry 2 is not an object; entry ignored',
        'entry for a.txt: date "soon" is not a full calendar date; ignored it',
        'lists a.txt twice; kept the first entry',
      ],
    ],
    ['an object entry that is not an object', 'sources.json', { 'a.txt': 'A title' }, [], ['entry "a.txt" is not an object; entry ignored']],
    ['a bare string', 'sources.json', 'a.txt', [], ['is neither a list of entries nor an object keyed by file name; manifest ignored']],
  ])('%s', (_, manifestPath, json, expectedEntries, expectedReasons) => {
    const { entries, warnings } = readManifest(manifestPath, JSON.stringify(json));
    expect([...entries]).toEqual(expectedEntries);
    expect(warnings).toEqual(expectedReasons.map((reason) => ({ file: manifestPath, reason })));
  });

  it('ignores a manifest that is not JSON, naming it', () => {
    const { entries, warnings } = readManifest('news/sources.json', '[{"file": "a.txt",}]');
    expect(entries.size).toBe(0);
    expect(warnings).toEqual([{ file: 'news/sources.json', reason: expect.stringMatching(/^not valid JSON \(.+\); manifest ignored$/) }]);
  });
});
