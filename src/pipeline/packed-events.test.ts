import { describe, expect, it } from 'vitest';
import { PackedEvents } from './packed-events';
import type { DraftEvent } from './types';

const meeting: DraftEvent = {
  type: 'meeting',
  documentId: 'doc-1',
  status: 'occurred',
  trigger: 'met',
  evidence: [
    { documentId: 'doc-1', start: 0, end: 40, quote: 'Raisi met Sudani in Tehran on Monday.', fromCaption: false },
    { documentId: 'doc-1', start: 120, end: 180, quote: '', fromCaption: true },
  ],
  anchor: 6,
  participants: ['\u0000cluster0', '\u0000cluster1'],
  speaker: null,
  targets: [],
  place: 'Tehran',
  mode: 'in-person',
  kind: 'COMMENT',
  date: '2024-03-11',
  datePrecision: 'day',
  dateDerivation: { method: 'relative-to-publication', text: 'on Monday', reason: 'weekday before the publication date' },
  quoteKey: null,
};

const statement: DraftEvent = {
  ...meeting,
  type: 'statement',
  documentId: 'doc-2',
  trigger: 'said',
  evidence: [{ documentId: 'doc-2', start: 3, end: 9, quote: 'We will', fromCaption: false }],
  participants: [],
  speaker: '\u0000surname0',
  targets: ['\u0000cluster1'],
  place: null,
  date: null,
  datePrecision: null,
  dateDerivation: { method: 'none', text: null, reason: 'no date in the sentence' },
  quoteKey: '7:1a2b3c',
};

describe('PackedEvents', () => {
  it('gives back every event added, field for field and in order, with keys in the order of the records', () => {
    const packed = new PackedEvents();
    packed.add([meeting, statement]);
    packed.add([]);
    packed.add([{ ...statement, documentId: 'doc-3' }]);
    const events = packed.unpack();
    expect(events).toEqual([meeting, statement, { ...statement, documentId: 'doc-3' }]);
    expect(events.map((event) => JSON.stringify(event))).toEqual([meeting, statement, { ...statement, documentId: 'doc-3' }].map((event) => JSON.stringify(event)));
  });

  it('lets its batches go once unpacked', () => {
    const packed = new PackedEvents();
    packed.add([meeting]);
    expect(packed.unpack()).toHaveLength(1);
    expect(packed.unpack()).toEqual([]);
  });

  it('gives events one copy of each date derivation and of the empty list', () => {
    const packed = new PackedEvents();
    packed.add([meeting, statement]);
    packed.add([{ ...meeting, dateDerivation: { ...meeting.dateDerivation } }, statement]);
    const events = packed.unpack();
    expect(new Set(events.map((event) => event.dateDerivation)).size).toBe(2);
    expect(new Set(events.flatMap((event) => [event.participants, event.targets]).filter((list) => list.length === 0)).size).toBe(1);
  });
});
