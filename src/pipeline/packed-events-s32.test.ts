import { describe, expect, it } from 'vitest';
import { PackedEvents, readDraftEvent, writeDraftEvent } from './packed-events';
import { FieldReader, FieldWriter } from './packed-fields';
import type { DraftEvent } from './types';

const statement: DraftEvent = {
  type: 'statement',
  documentId: 'doc-1',
  status: 'occurred',
  trigger: 'said',
  evidence: [{ documentId: 'doc-1', start: 3, end: 60, quote: '', fromCaption: false }],
  anchor: 3,
  participants: [],
  speaker: '\u0000cluster0',
  targets: ['\u0000cluster1'],
  place: null,
  mode: 'in-person',
  kind: 'COMMENT',
  date: '2024-03-11',
  datePrecision: 'day',
  dateDerivation: { method: 'relative-to-publication', text: 'on Monday', reason: '"on Monday" read against the publication date (2024-03-12)' },
  quoteKey: '57:0a1b2c3dfedcba98',
};

const roundTrip = (event: DraftEvent) => {
  const packed = new PackedEvents();
  packed.add([event]);
  return packed.unpack()[0];
};

describe('PackedEvents: quote keys as numbers', () => {
  it.each<[key: string | null]>([
    ['57:0a1b2c3dfedcba98'],
    ['1:0000000000000000'],
    ['123456789:ffffffff80000000'],
    // Not a length and a 64-bit hash: kept as written.
    [''],
    ['057:0a1b2c3dfedcba98'],
    ['57:0A1B2C3DFEDCBA98'],
    ['57:0a1b2c3d'],
    [null],
  ])('%j', (quoteKey) => {
    expect(roundTrip({ ...statement, quoteKey }).quoteKey).toBe(quoteKey);
  });

  it('packs a length and a hash into numbers, not a string', () => {
    const out = new FieldWriter();
    writeDraftEvent(out, statement);
    expect(out.finish().strings).not.toContain(statement.quoteKey);
  });
});

describe('PackedEvents: a date reason quoting its text', () => {
  it.each<[text: string | null, reason: string]>([
    ['on Monday', '"on Monday" read against the publication date (2024-03-12)'],
    ['on 3 May 2024', 'stated: "on 3 May 2024"'],
    ['on 3 May 2024', 'on 3 May 2024'],
    ['a day after', '"a day after" the events of 2024-03-10 ("a day after")'],
    ['', 'no date in the sentence'],
    ['on Monday', 'weekday before the publication date'],
    [null, 'no date expression in the sentence or just before it'],
  ])('%j in %j', (text, reason) => {
    const dateDerivation = { method: 'relative-to-publication' as const, text, reason };
    expect(roundTrip({ ...statement, dateDerivation }).dateDerivation).toEqual(dateDerivation);
  });

  it('keeps the pieces around the text, which recur, rather than each reason', () => {
    const out = new FieldWriter();
    for (const day of ['on Monday', 'on Tuesday']) writeDraftEvent(out, { ...statement, dateDerivation: { ...statement.dateDerivation, text: day, reason: `"${day}" read against the publication date (2024-03-12)` } });
    const { strings } = out.finish();
    expect(strings.filter((text) => text.includes('read against'))).toEqual(['" read against the publication date (2024-03-12)']);
  });

  it('reads them back with the worker\'s reader too', () => {
    const out = new FieldWriter();
    writeDraftEvent(out, statement);
    const read = new FieldReader(out.finish());
    expect(readDraftEvent(read)).toEqual(statement);
    read.finish();
  });
});
