import { describe, expect, it } from 'vitest';
import { initialState, runPipeline } from '../index';
import type { DraftEvent } from '../types';
import { mergeReportedEvents } from '.';
import { readHtml } from '../01-ingest/read-html';
import { extractArticle, findActor } from '../test-support';

/** The names of the targets of the statements `speaker` makes, sorted. */
function targetsOf(text: string, speaker: string): string[] {
  const dataset = extractArticle(text);
  const id = findActor(dataset, speaker)?.id;
  const names = new Map(dataset.actors.map((actor) => [actor.id, actor.name]));
  return dataset.events.flatMap((event) => (event.type === 'statement' && event.speaker === id ? event.targets.map((t) => names.get(t)!) : [])).sort();
}

describe('own-country targets', () => {
  it.each<[string, string, string[]]>([
    ['Kenyan Foreign Minister Musalia Mudavadi said on Monday that Kenya would not accept pressure from Uganda.', 'Musalia Mudavadi', ['Uganda']],
    ['Brazilian President Luiz Inacio Lula da Silva accused Argentina on Tuesday of hurting Brazil.', 'Luiz Inacio Lula da Silva', ['Argentina']],
    // A country speaking of another is kept, and so is an official naming a foreign country.
    ['Japan said on Friday that China had violated the agreement.', 'Japan', ['China']],
  ])('%s', (text, speaker, expected) => expect(targetsOf(text, speaker)).toEqual(expected));
});

describe('one meeting reported by several articles', () => {
  const article = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(`---\ndate: 2024-03-12\n---\n${text}`) });
  const meetingDates = (second: string) =>
    runPipeline([article('a.md', 'Kenyan Foreign Minister Jomo Kariuki held talks with Ugandan Foreign Minister Apio Okello in Nairobi on December 1, 2023.'), article('b.md', second)], { readHtml })
      .dataset.events.filter((event) => event.type === 'meeting')
      .map((event) => `${event.date}/${event.datePrecision}`)
      .sort();

  it('is one event when both give its day', () => {
    expect(meetingDates('Kenyan Foreign Minister Jomo Kariuki held talks with Ugandan Foreign Minister Apio Okello in Nairobi on 1 December 2023.')).toEqual(['2023-12-01/day']);
  });

  it('a month is not the first day of it: "in December" and "on December 1" stay two', () => {
    expect(meetingDates('Kenyan Foreign Minister Jomo Kariuki held talks with Ugandan Foreign Minister Apio Okello in Nairobi in December.')).toEqual(['2023-12-01/day', '2023-12-01/month']);
  });
});

describe('merging reported events compares every field of the key, also between events that share a quote or a hash', () => {
  const meeting = (documentId: string, participants: string[], date: string | null, datePrecision: DraftEvent['datePrecision'] = 'day'): DraftEvent => ({
    type: 'meeting',
    documentId,
    status: 'occurred',
    trigger: 'met',
    evidence: [{ documentId, start: 0, end: 10, quote: '', fromCaption: false }],
    anchor: 0,
    participants,
    speaker: null,
    targets: [],
    place: null,
    mode: 'in-person',
    kind: 'COMMENT',
    date,
    datePrecision: date === null ? null : datePrecision,
    dateDerivation: { method: 'none', text: null, reason: '' },
    quoteKey: null,
  });
  const statement = (documentId: string, speaker: string, kind: DraftEvent['kind'], quoteKey: string): DraftEvent => ({
    ...meeting(documentId, [], null),
    type: 'statement',
    trigger: 'said',
    speaker,
    kind,
    quoteKey,
  });
  /** How many sources each merged event cites, in the order of the events. */
  const sourcesPerEvent = (events: DraftEvent[]) => {
    const documents = ['a', 'b', 'c'].map((id) => ({ id, duplicateOf: id === 'c' ? 'a' : null }));
    const state = { ...initialState(), storedDocuments: documents as never, events };
    return mergeReportedEvents(state, {}).events.map((event) => event.evidence.length);
  };

  it.each<[string, DraftEvent[], number[]]>([
    ['participants in another order', [meeting('a', ['x', 'y'], '2024-01-02'), meeting('b', ['y', 'x'], '2024-01-02')], [2]],
    ['another day', [meeting('a', ['x', 'y'], '2024-01-02'), meeting('b', ['x', 'y'], '2024-01-03')], [1, 1]],
    ['a month against its first day', [meeting('a', ['x', 'y'], '2024-01-01', 'month'), meeting('b', ['x', 'y'], '2024-01-01')], [1, 1]],
    ['one more participant', [meeting('a', ['x', 'y'], '2024-01-02'), meeting('b', ['x', 'y', 'z'], '2024-01-02')], [1, 1]],
    ['undated, two articles', [meeting('a', ['x', 'y'], null), meeting('b', ['x', 'y'], null)], [1, 1]],
    ['undated, an article and its copy', [meeting('a', ['x', 'y'], null), meeting('c', ['x', 'y'], null)], [2]],
    ['one quote, two speakers, then the first again', [statement('a', 's', 'COMMENT', 'q'), statement('b', 't', 'COMMENT', 'q'), statement('b', 's', 'COMMENT', 'q')], [2, 1]],
    ['one quote and speaker, two kinds, then the second again', [statement('a', 's', 'COMMENT', 'q'), statement('a', 's', 'ACCUSE', 'q'), statement('b', 's', 'ACCUSE', 'q')], [1, 2]],
  ])('%s', (_, events, expected) => expect(sourcesPerEvent(events)).toEqual(expected));
});
