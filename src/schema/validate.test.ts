import { describe, expect, it } from 'vitest';
import { buildDataset } from '../eval/fixtures';
import { validateDataset, validateLayout } from './validate';

function validDataset() {
  return buildDataset({
    documents: [{ id: 'doc-a', path: 'a.txt' }],
    actors: [
      { id: 'ana-lopez', name: 'Ana Lopez' },
      { id: 'ben-okafor', name: 'Ben Okafor' },
    ],
    events: [
      { id: 'meeting-1', type: 'meeting', participants: ['ana-lopez', 'ben-okafor'], cites: ['doc-a'] },
      { id: 'statement-1', type: 'statement', speaker: 'ana-lopez', targets: ['ben-okafor'], cites: ['doc-a'] },
    ],
  });
}

/** A copy of the valid dataset, changed by `edit` (JSON round trip: the validator sees plain data). */
function edited(edit: (dataset: any) => void): unknown {
  const dataset = JSON.parse(JSON.stringify(validDataset()));
  edit(dataset);
  return dataset;
}

describe('validateDataset', () => {
  it('returns the value it was given, not a copy, so a large dataset is never held twice', () => {
    const value = edited(() => {});
    const result = validateDataset(value);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset).toBe(value);
  });

  it.each<[string, (dataset: any) => void, RegExp]>([
    ['a record list that is not a list', (d) => (d.events = {}), /^events: /],
    ['an event field of the wrong type, named by its list and index', (d) => (d.events[1].speaker = 7), /^events\.1\.speaker: /],
    ['an evidence offset inside an event', (d) => (d.events[0].evidence[0].start = -1), /^events\.0\.evidence\.0\.start: /],
    ['an actor id that is not a slug', (d) => (d.actors[0].id = 'Ana Lopez'), /^actors\.0\.id: /],
    ['a document without its text shard', (d) => delete d.documents[0].textShard, /^documents\.0\.textShard: /],
    ['a meeting of one', (d) => (d.events[0].participants = ['ana-lopez']), /^events\.0\.participants: /],
    ['a warning without its file', (d) => d.warnings.push({ reason: 'unreadable' }), /^warnings\.0\.file: /],
    ['an event naming an actor the dataset lacks', (d) => (d.events[1].targets = ['carla-diaz']), /unknown actor carla-diaz/],
    ['evidence citing a document the dataset lacks', (d) => (d.events[0].evidence[0].documentId = 'doc-z'), /unknown document doc-z/],
    ['evidence longer than its document', (d) => (d.events[0].evidence[0].end = 999), /does not fit document doc-a/],
    ['another format version', (d) => (d.formatVersion = 1), /formatVersion is 1/],
  ])('rejects %s', (_, edit, problem) => {
    const result = validateDataset(edited(edit));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toMatch(problem);
  });

  it('lists at most 20 problems however many records are wrong', () => {
    const result = validateDataset(
      edited((d) => {
        d.warnings = Array.from({ length: 50 }, () => ({ file: 3, reason: 'x' }));
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(20);
      expect(result.problems[19]).toMatch(/^warnings\.19\.file: /);
    }
  });
});

describe('validateLayout', () => {
  it('returns the positions it was given', () => {
    const layout = { 'ana-lopez': { x: 0, y: -12.5 }, 'ben-okafor': { x: 40, y: 3 } };
    const result = validateLayout(layout);
    expect(result.ok && result.layout).toBe(layout);
  });

  it('names each position that is not a pair of numbers', () => {
    const result = validateLayout({ 'ana-lopez': { x: 0, y: 1 }, 'ben-okafor': { x: '40', y: 3 }, iran: { x: 1 } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((problem) => problem.split(':')[0])).toEqual(['ben-okafor.x', 'iran.y']);
  });
});
