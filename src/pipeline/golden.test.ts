/**
 * Golden outputs: a readable summary of what the pipeline extracts from fixture documents, compared
 * with reviewed expectations in fixtures/*.golden.json. After a deliberate change, regenerate with
 * UPDATE_GOLDEN=1 and review the diff line by line before committing.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '.';
import { readHtml } from './01-ingest/read-html';
import type { Dataset } from '../schema';

const FIXTURES = join(import.meta.dirname, 'fixtures');

export function summarize(dataset: Dataset): { meetings: string[]; statements: string[]; actors: string[] } {
  const name = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const meetings = dataset.events
    .filter((e) => e.type === 'meeting')
    .map((e) => `${e.participants.map((p) => name.get(p)).sort().join(' + ')} | ${e.status} | ${e.date ?? 'undated'} | ${e.place ?? '-'}`);
  const statements = dataset.events
    .filter((e) => e.type === 'statement')
    .map((e) => `${name.get(e.speaker)} ${e.kind} -> ${e.targets.map((t) => name.get(t)).sort().join(', ')} | ${e.date ?? 'undated'}`);
  const actors = dataset.actors.map((a) => `${a.name} (${a.kind}, ${a.country ?? '-'})`);
  return { meetings: meetings.sort(), statements: statements.sort(), actors: actors.sort() };
}

describe('golden outputs for fixture documents', () => {
  const fixtures = readdirSync(FIXTURES).filter((f) => !f.endsWith('.golden.json'));
  it.each(fixtures)('%s', (fixture) => {
    const { dataset } = runPipeline([{ path: fixture, bytes: new Uint8Array(readFileSync(join(FIXTURES, fixture))) }], { readHtml });
    const summary = summarize(dataset);
    const goldenPath = join(FIXTURES, `${fixture}.golden.json`);
    if (process.env.UPDATE_GOLDEN) writeFileSync(goldenPath, `${JSON.stringify(summary, null, 2)}\n`);
    expect(summary).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
  });
});
