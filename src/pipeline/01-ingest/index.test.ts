import { describe, expect, it } from 'vitest';
import { initialState } from '..';
import type { FileMeta, SourceFile } from '../types';
import { catalogue } from '../00-catalogue';
import { compareCodeUnits, ingest } from '.';
import { readHtml } from './read-html';

const utf8 = (text: string) => new TextEncoder().encode(text);
const source = (path: string, content: string | Uint8Array): SourceFile => ({ path, bytes: typeof content === 'string' ? utf8(content) : content });
const noMeta: FileMeta = { title: null, date: null, dateSource: null, outlet: null, url: null };

/** The catalogue then ingest, as the pipeline runs them; warnings in the order the dataset lists them (by file). */
function run(sources: SourceFile[]) {
  const state = ingest(catalogue({ ...initialState(sources), warnings: [{ file: 'earlier.txt', reason: 'from the reader' }] }, {}), { readHtml });
  return { files: state.files, warnings: state.warnings.slice(1).sort((a, b) => compareCodeUnits(a.file, b.file)), kept: state.warnings[0] };
}

describe('ingest', () => {
  it('reads an HTML page only with the readHtml it is given', () => {
    const page = source('page.html', '<html><head><title>Leaders meet</title></head><body><p>The leaders met.</p></body></html>');
    expect(() => ingest(catalogue(initialState([page]), {}), {})).toThrow('page.html is HTML, and the pipeline was given no readHtml to read it');
    const read: string[] = [];
    const state = ingest(catalogue(initialState([page]), {}), { readHtml: (html) => (read.push(html), { text: 'Read.', meta: { title: null, date: null, outlet: null, url: null }, problems: [] }) });
    expect(read).toHaveLength(1);
    expect(state.files.map((file) => file.text)).toEqual(['Read.']);
  });

  it('keeps an article in another language and says why little may come of it', () => {
    const spanish = [
      'El canciller chileno se reunió este lunes en Santiago con su homóloga argentina para hablar de la frontera.',
      'Ambos ministros firmaron un acuerdo de cooperación y anunciaron una nueva reunión en Buenos Aires.',
      'La oposición criticó el encuentro y pidió más información al gobierno.',
    ].join(' ');
    const { files, warnings } = run([source('es/cancilleres.txt', spanish), source('en/ministers.txt', 'The ministers met.')]);
    expect(files.map((file) => file.path)).toEqual(['en/ministers.txt', 'es/cancilleres.txt']);
    expect(warnings).toEqual([{ file: 'es/cancilleres.txt', reason: expect.stringMatching(/^does not read as English .*English-only/) }]);
  });

  it('sorts files by path, skips bad files with one warning each, and keeps earlier warnings first', () => {
    const { files, warnings, kept } = run([
      source('b/second.txt', 'Second.\r\n'),
      source('a.txt', 'First.'),
      source('image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])),
      source('latin1.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9])),
      source('blank.md', '  \n\n'),
      source('B.txt', 'Capital sorts first.'),
      source('report.pdf', '%PDF-1.7'),
    ]);
    expect(kept).toEqual({ file: 'earlier.txt', reason: 'from the reader' });
    expect(files.map((file) => [file.path, file.text])).toEqual([
      ['B.txt', 'Capital sorts first.'],
      ['a.txt', 'First.'],
      ['b/second.txt', 'Second.\n'],
    ]);
    expect(warnings).toEqual([
      { file: 'blank.md', reason: 'file holds only whitespace; skipped' },
      { file: 'image.txt', reason: 'binary data, not text (NUL byte at offset 8; UTF-16 needs a byte-order mark); skipped' },
      { file: 'latin1.txt', reason: 'not UTF-8 text (invalid byte 0xE9 at offset 3); skipped' },
      { file: 'report.pdf', reason: 'not a .txt, .md or .html file; skipped' },
    ]);
  });

  it.each<[string, SourceFile[], Record<string, Partial<FileMeta>>, string[]]>([
    [
      'front matter outranks the manifest field by field',
      [
        source('news/a.md', '---\ntitle: From front matter\n---\n# Heading\n\nBody.'),
        source('news/sources.json', JSON.stringify({ 'a.md': { title: 'From manifest', date: '2023-11-06', outlet: 'Wire' } })),
      ],
      { 'news/a.md': { title: 'From front matter', date: '2023-11-06', dateSource: 'manifest', outlet: 'Wire' } },
      [],
    ],
    [
      'a front matter date is marked as such',
      [source('a.txt', '---\ndate: 2023-11-05\n---\nBody.'), source('sources.json', '[{"file": "a.txt", "date": "2023-11-06"}]')],
      { 'a.txt': { date: '2023-11-05', dateSource: 'front-matter' } },
      [],
    ],
    [
      'the manifest outranks HTML meta tags',
      [
        source('p.html', '<html><head><meta property="og:title" content="Page"><meta name="date" content="2023-11-01"></head><body><p>Text.</p></body></html>'),
        source('sources.json', '[{"path": "p.html", "title": "Listed"}]'),
      ],
      { 'p.html': { title: 'Listed', date: '2023-11-01', dateSource: 'html-meta' } },
      [],
    ],
    [
      'a manifest only describes files beside it',
      [source('a.txt', 'A.'), source('sub/a.txt', 'Sub A.'), source('sub/sources.json', '{"a.txt": {"title": "Sub"}}')],
      { 'a.txt': {}, 'sub/a.txt': { title: 'Sub' } },
      [],
    ],
    [
      'a broken manifest is ignored, naming it',
      [source('a.txt', 'A.'), source('sources.json', '{"a.txt": ')],
      { 'a.txt': {} },
      ['sources.json: not valid JSON'],
    ],
    [
      'a manifest entry for a missing or repeated file',
      [source('a.txt', 'A.'), source('sources.json', '{"gone.txt": {"title": "G"}, "sub/a.txt": {}}'), source('sub/a.txt', 'B.'), source('sub/sources.json', '{"a.txt": {}}')],
      { 'a.txt': {}, 'sub/a.txt': {} },
      ['sources.json: lists gone.txt, which is not in the corpus', 'sub/sources.json: lists sub/a.txt, already described by sources.json; entry ignored'],
    ],
    [
      'malformed front matter keeps the body',
      [source('a.md', '---\ntitle: "open\n---\nBody survives.')],
      { 'a.md': {} },
      ['a.md: malformed front matter'],
    ],
    [
      'an unparseable manifest date is dropped',
      [source('a.txt', 'A.'), source('sources.json', '[{"file": "a.txt", "date": "last week"}]')],
      { 'a.txt': { date: null, dateSource: null } },
      ['sources.json: entry for a.txt: date "last week" is not a full calendar date; ignored it'],
    ],
    [
      'files with no text besides metadata are skipped',
      [source('a.md', '---\ntitle: Only metadata\n---\n'), source('b.html', '<html><body><script>x()</script></body></html>')],
      {},
      ['a.md: no text after the front matter; skipped', 'b.html: no article text found in the HTML; skipped'],
    ],
    [
      'a path given twice is read once',
      [source('a.txt', 'First copy.'), source('a.txt', 'Second copy.')],
      { 'a.txt': {} },
      ['a.txt: given more than once; read the first copy'],
    ],
  ])('%s', (_, sources, expectedMeta, expectedWarnings) => {
    const { files, warnings } = run(sources);
    expect(Object.fromEntries(files.map((file) => [file.path, file.meta]))).toEqual(
      Object.fromEntries(Object.entries(expectedMeta).map(([path, meta]) => [path, { ...noMeta, ...meta }])),
    );
    expect(warnings.map((warning) => `${warning.file}: ${warning.reason}`)).toEqual(expectedWarnings.map((start) => expect.stringContaining(start)));
  });

  it('strips only front matter from Markdown and turns HTML into paragraphs', () => {
    const { files } = run([
      source('a.md', '---\ntitle: T\n---\n# Heading\n\n*Emphasis* stays.\n'),
      source('b.htm', '<p>One.</p><p>Two.</p>'),
    ]);
    expect(files.map((file) => file.text)).toEqual(['# Heading\n\n*Emphasis* stays.\n', 'One.\n\nTwo.']);
  });

  it('gives the same output whatever the input order', () => {
    const sources = [source('z.txt', 'Z.'), source('sources.json', '{"z.txt": {"title": "Z"}}'), source('a.txt', 'A.'), source('bad.txt', '')];
    expect(run([...sources].reverse())).toEqual(run(sources));
  });
});
