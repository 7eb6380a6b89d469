import { describe, expect, it } from 'vitest';
import { catalogue, fileIds, fileStem } from '.';
import { initialState } from '..';

const encoder = new TextEncoder();
const source = (path: string, text = 'x') => ({ path, bytes: encoder.encode(text) });

describe('catalogue', () => {
  it.each([
    ['world/africa/001_abc.txt', '001_abc'],
    ['a.b.html', 'a.b'],
    ['noextension', 'noextension'],
  ])('the stem of %s is %s', (path, expected) => expect(fileStem(path)).toBe(expected));

  it.each([
    [['a/index.txt', 'b/index.txt', 'c/index.html'], ['index', 'index@2', 'index@3']],
    // `~` and `@` are the marks of second articles and repeats: no file may take such an id.
    [['x.txt', 'x~2.txt', 'x@2.txt', 'y/x.txt'], ['x', 'x-2', 'x-2@2', 'x@2']],
    [['one.txt', 'two.md'], ['one', 'two']],
  ])('gives %j the ids %j', (paths, expected) => expect([...fileIds(paths).values()]).toEqual(expected));

  it('sorts the files, keeps the first of a repeated path and reads manifests for the files they describe', () => {
    const state = catalogue(
      initialState([
        source('b.txt'),
        source('a.txt'),
        source('a.txt', 'again'),
        source('notes.docx'),
        source('sources.json', JSON.stringify({ 'a.txt': { outlet: 'Daily Nation' }, 'gone.txt': { outlet: 'X' } })),
      ]),
      {},
    );
    expect(state.sourceFiles.map((file) => file.path)).toEqual(['a.txt', 'b.txt']);
    expect(state.catalogue.manifest.get('a.txt')?.outlet).toBe('Daily Nation');
    expect(state.warnings.map((w) => `${w.file}: ${w.reason}`)).toEqual([
      'a.txt: given more than once; read the first copy',
      'notes.docx: not a .txt, .md or .html file; skipped',
      'sources.json: lists gone.txt, which is not in the corpus',
    ]);
  });
});
