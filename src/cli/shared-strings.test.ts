import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findInDocuments, prepareCorpus } from '../pipeline';
import { readHtml } from '../pipeline/01-ingest/read-html';
import { encodeFindings, StringPool } from './shared-strings';

const FIXTURES = join(import.meta.dirname, '../pipeline/fixtures');

/** A batch's findings, as a worker finds them (the fixture articles hold meetings, statements and roles). */
function fixtureFindings() {
  const files = readdirSync(FIXTURES)
    .filter((name) => !name.endsWith('.json'))
    .map((name) => ({ path: name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) }));
  const prepared = prepareCorpus(files);
  const { textShards, ...findings } = findInDocuments(prepared, prepared.sourceFiles, { readHtml });
  return findings;
}

/** Encoded and sent as a worker sends them. */
const sent = (findings: ReturnType<typeof fixtureFindings>) => structuredClone(encodeFindings(findings));

describe('StringPool', () => {
  // Which copy of a string a field holds cannot be observed from JavaScript (only memory shows it):
  // what can go wrong, and is checked, is a field given another field's value.
  it('leaves every field of a batch of findings as it was', () => {
    const findings = fixtureFindings();
    expect(findings.events.length).toBeGreaterThan(3);
    expect(findings.entities.some((entity) => entity.roles.length > 0)).toBe(true);
    expect(findings.storedDocuments.some((document) => document.outlet !== null && document.title !== null)).toBe(true);
    const pool = new StringPool();
    // Twice: the second batch's strings all come from the pool.
    expect(pool.decodeFindings(sent(findings))).toEqual(findings);
    expect(pool.decodeFindings(sent(findings))).toEqual(findings);
  });

  it('builds documents and evidence with their keys in the order they are written', () => {
    const findings = fixtureFindings();
    const decoded = new StringPool().decodeFindings(sent(findings));
    expect(JSON.stringify(decoded.storedDocuments)).toBe(JSON.stringify(findings.storedDocuments));
    expect(JSON.stringify(decoded.events.map((event) => event.evidence))).toBe(JSON.stringify(findings.events.map((event) => event.evidence)));
  });

  it('sends each distinct string of a batch once', () => {
    const { strings } = encodeFindings(fixtureFindings());
    expect(new Set(strings).size).toBe(strings.length);
  });

  it('gives records one copy of each empty list and list of name forms', () => {
    const { entities, events } = new StringPool().decodeFindings(sent(fixtureFindings()));
    const distinct = <Value>(values: Value[]) => new Set(values).size;
    const formLists = entities.map((entity) => entity.forms);
    expect(distinct(formLists)).toBe(distinct(formLists.map((forms) => forms.join('|'))));
    expect(distinct([...events.flatMap((event) => [event.participants, event.targets]), ...entities.map((entity) => entity.roles)].filter((list) => list.length === 0))).toBe(1);
  });
});
