import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../testing/fixture';
import { indexDataset } from './dataset-index';
import { actorsCsv, csvCell, eventsCsv, toGraphml, xmlEscape } from './export';
import { applyFilters, DEFAULT_FILTERS } from './filters';
import { safeHttpUrl } from './safe-url';

const index = indexDataset(fixtureDataset());
const visible = applyFilters(index, { ...DEFAULT_FILTERS, types: ['meeting'] });

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-1', "'-1"],
    [null, ''],
    [3, '3'],
  ] as const)('%j → %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('exports', () => {
  it('lists the visible actors with their event counts', () => {
    const lines = actorsCsv(index, visible).trim().split('\r\n');
    expect(lines[0]).toBe('id,name,kind,country,aliases,events');
    expect(lines).toContain('ali-khamenei,Ali Khamenei,person,IRN,Khamenei; Supreme Leader,2');
    expect(lines).toHaveLength(5);
  });

  it('writes each visible event with its citations', () => {
    const csv = eventsCsv(index, visible);
    expect(csv.trim().split('\r\n')).toHaveLength(5);
    expect(csv).toMatch(/Example Times, Khamenei meets al-Sudani, 2023-11-06, https:\/\/example\.org\/khamenei-sudani \[nyt:0-\d+\]: “Ayatollah Ali Khamenei met/);
    expect(csv).not.toContain('s-khamenei-us');
  });

  it('writes GraphML with one edge per event and pair, escaped', () => {
    const graphml = toGraphml(index, visible);
    expect(graphml.match(/<node /g)).toHaveLength(4);
    expect(graphml.match(/<edge /g)).toHaveLength(4);
    expect(graphml).toContain('directed="false"');
    expect(graphml).toContain('Iran&apos;s supreme leader');
    expect(new DOMParserLike(graphml).wellFormed).toBe(true);
  });

  it.each([
    ['<a & "b">', '&lt;a &amp; &quot;b&quot;&gt;'],
    ["it's", 'it&apos;s'],
  ])('xmlEscape %s', (text, escaped) => {
    expect(xmlEscape(text)).toBe(escaped);
  });
});

/** Enough of a well-formedness check for generated XML: balanced tags and no raw ampersands. */
class DOMParserLike {
  wellFormed: boolean;
  constructor(xml: string) {
    const stack: string[] = [];
    let ok = !/&(?!(?:lt|gt|amp|quot|apos);)/.test(xml);
    for (const [, closing, name, selfClosing] of xml.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
      if (selfClosing) continue;
      if (closing) ok &&= stack.pop() === name;
      else stack.push(name);
    }
    this.wellFormed = ok && stack.length === 0;
  }
}

describe('safeHttpUrl', () => {
  it.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['/relative', null],
    [null, null],
  ])('%s → %s', (url, safe) => {
    expect(safeHttpUrl(url)).toBe(safe);
  });
});
