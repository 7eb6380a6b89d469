import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGold, type Gold } from '../../src/eval/gold';
import { normalizeName } from '../../src/eval/normalize-name';
import { MAX_BYTES, MIN_BYTES } from './article';
import { writeSyntheticCorpus } from './write-corpus';

const DOCUMENTS = 300;
const folders: string[] = [];

function generate(seed: string, documents = DOCUMENTS): string {
  const out = join(mkdtempSync(join(tmpdir(), 'synth-test-')), 'out');
  folders.push(out);
  writeSyntheticCorpus({ documents, seed, out });
  return out;
}

/** Every file below `dir`, by path relative to it, with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name).slice(dir.length + 1), readFileSync(join(entry.parentPath, entry.name)));
  }
  return files;
}

let out: string;
let gold: Gold;
let texts: Map<string, string>;

beforeAll(() => {
  out = generate('1');
  const parsed = parseGold(JSON.parse(readFileSync(join(out, 'gold.json'), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  gold = parsed.gold;
  texts = new Map(readdirSync(join(out, 'corpus')).map((name) => [name.replace(/\.[^.]+$/, ''), readFileSync(join(out, 'corpus', name), 'utf8')]));
});

afterAll(() => {
  for (const folder of folders) rmSync(join(folder, '..'), { recursive: true, force: true });
});

describe('synthetic corpus', () => {
  it('is a function of its seed: the same seed gives the same bytes, another seed other text', () => {
    const again = snapshot(generate('1'));
    const first = snapshot(out);
    expect([...again.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [path, bytes] of first) expect(again.get(path)!.equals(bytes), path).toBe(true);
    const other = snapshot(generate('2'));
    expect(other.get('gold.json')!.equals(first.get('gold.json')!)).toBe(false);
  });

  it('writes the requested number of articles, each of 2–6 KB', () => {
    const names = readdirSync(join(out, 'corpus'));
    expect(names).toHaveLength(DOCUMENTS);
    for (const name of names) {
      const size = readFileSync(join(out, 'corpus', name)).length;
      expect(size, name).toBeGreaterThanOrEqual(MIN_BYTES);
      expect(size, name).toBeLessThanOrEqual(MAX_BYTES);
    }
  });

  it('writes a gold file that the eval parser accepts, naming every document', () => {
    expect(Object.keys(gold.documents).sort()).toEqual([...texts.keys()].sort());
    expect(gold.meetings.length).toBeGreaterThan(DOCUMENTS);
    expect(gold.statements.length).toBeGreaterThan(DOCUMENTS);
  });

  it('quotes every gold meeting and statement verbatim from its file', () => {
    for (const item of [...gold.meetings, ...gold.statements]) {
      expect(texts.get(item.doc), item.quote).toContain(item.quote);
    }
  });

  it('states each publication date in the file and dates no meeting after it', () => {
    for (const [doc, { date }] of Object.entries(gold.documents)) {
      expect(texts.get(doc)).toMatch(new RegExp(`^(date ${date}\\n|---\\n(.*\\n)*date: ${date}\\n)`));
    }
    for (const meeting of gold.meetings) {
      if (meeting.date !== null) expect(meeting.date <= gold.documents[meeting.doc].date!, meeting.quote).toBe(true);
    }
  });

  it('counts no planned, cancelled or denied meeting and no source close to someone', () => {
    const notMeetings = /\b(will meet|is expected to travel|was called off|denied that|would be ready to meet|A source close to)\b/;
    for (const meeting of gold.meetings) expect(meeting.quote).not.toMatch(notMeetings);
    for (const statement of gold.statements) expect(statement.quote).not.toMatch(/^A source close to/);
    const text = [...texts.values()].join('\n');
    for (const cue of ['will meet', 'was called off', 'denied that', 'A source close to']) expect(text).toContain(cue);
  });

  it('spells one person differently across articles, and the gold lists the spellings as aliases', () => {
    const respelled = gold.actors.filter((actor) => {
      const fullForms = [actor.name, ...actor.aliases].filter((form) => form.includes(' '));
      return actor.kind === 'person' && new Set(fullForms.map(normalizeName)).size > 1;
    });
    expect(respelled.length).toBeGreaterThan(10);
    const withParticle = gold.actors.find((actor) => / al-/.test(actor.name) && actor.aliases.some((alias) => !alias.includes('al-')));
    expect(withParticle).toBeDefined();
  });
});
