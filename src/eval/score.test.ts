import { describe, expect, it } from 'vitest';
import type { Dataset } from '../schema';
import { buildDataset, buildGold, type ActorSpec, type DocumentSpec, type EventSpec, type GoldSpec } from './fixtures';
import { fileStem, score, type Metrics, type Ratio, type ScoredItem } from './score';

const goldActors: GoldSpec['actors'] = [
  { name: 'Ali Khamenei', aliases: ['Khamenei', 'Mr. Khamenei'] },
  { name: 'Mohammed Shia al-Sudani', aliases: ['al-Sudani'] },
  { name: 'Ebrahim Raisi', aliases: ['Raisi'] },
  { name: 'Antony Blinken', aliases: ['Blinken'] },
  { name: 'Pentagon', kind: 'organization' },
  { name: 'Iran', kind: 'country', aliases: ['Tehran'] },
  { name: 'Israel', kind: 'country' },
  { name: 'United States', kind: 'country', aliases: ['US'] },
];

const actors: ActorSpec[] = [
  { id: 'ali-khamenei', name: 'Ali Khamenei', aliases: ['Ayatollah Khamenei'] },
  { id: 'al-sudani', name: 'Mohammed Shia al-Sudani', aliases: ['Mr. al-Sudani'] },
  { id: 'raisi', name: 'Raisi' },
  { id: 'blinken', name: 'Antony J. Blinken', aliases: ['Blinken'] },
  { id: 'iran', name: 'Iran', kind: 'country' },
  { id: 'israel', name: 'Israel', kind: 'country' },
  { id: 'united-states', name: 'United States', kind: 'country', aliases: ['U.S.', 'US'] },
  { id: 'credit-score', name: 'Credit score', kind: 'organization' },
  { id: 'handout', name: 'Handout', kind: 'organization' },
];

const docA: DocumentSpec = { id: 'a', path: 'a.txt' };
const docB: DocumentSpec = { id: 'b', path: 'b.txt' };

const K = 'Ali Khamenei';
const S = 'Mohammed Shia al-Sudani';
const R = 'Ebrahim Raisi';

interface Case {
  name: string;
  documents?: DocumentSpec[];
  actors?: ActorSpec[];
  events: EventSpec[];
  gold: Omit<GoldSpec, 'actors'> & { actors?: GoldSpec['actors'] };
  /** Changes the built dataset where the fixture builder cannot express the case. */
  edit?: (dataset: Dataset) => void;
  expected: Record<string, string | number>;
}

/** Metrics as `name → "correct/total"` (fragments as a number), for compact expectations. */
function flatten(metrics: Metrics): Record<string, string | number> {
  const counts = (ratio: Ratio) => `${ratio.correct}/${ratio.total}`;
  return {
    'actors.recall': counts(metrics.actors.recall),
    'actors.fragments': metrics.actors.fragments,
    'actors.kindAccuracy': counts(metrics.actors.kindAccuracy),
    'meetings.precision': counts(metrics.meetings.precision),
    'meetings.recall': counts(metrics.meetings.recall),
    'meetings.dateAccuracy': counts(metrics.meetings.dateAccuracy),
    'statements.speaker.precision': counts(metrics.statements.speaker.precision),
    'statements.speaker.recall': counts(metrics.statements.speaker.recall),
    'statements.target.precision': counts(metrics.statements.target.precision),
    'statements.target.recall': counts(metrics.statements.target.recall),
  };
}

function run(testCase: Omit<Case, 'name' | 'expected'>) {
  const dataset = buildDataset({
    documents: testCase.documents ?? [docA, docB],
    actors: testCase.actors ?? actors,
    events: testCase.events,
  });
  testCase.edit?.(dataset);
  return score(dataset, buildGold({ actors: goldActors, ...testCase.gold }));
}

const meeting = (id: string, participants: string[], cites: string[], extra: Partial<EventSpec> = {}): EventSpec =>
  ({ type: 'meeting', id, participants, cites, ...extra }) as EventSpec;
const statement = (id: string, speaker: string, targets: string[], cites: string[], extra: Partial<EventSpec> = {}): EventSpec =>
  ({ type: 'statement', id, speaker, targets, cites, ...extra }) as EventSpec;

const cases: Case[] = [
  {
    name: 'a meeting matching its gold meeting scores fully',
    events: [meeting('m1', ['ali-khamenei', 'al-sudani'], ['a'], { date: '2023-11-06' })],
    gold: { meetings: [{ doc: 'a', participants: [K, S], date: '2023-11-06' }] },
    expected: { 'meetings.precision': '1/1', 'meetings.recall': '1/1', 'meetings.dateAccuracy': '1/1' },
  },
  {
    name: 'a three-way meeting is three pairs on both sides',
    events: [meeting('m1', ['raisi', 'ali-khamenei', 'al-sudani'], ['a'])],
    gold: { meetings: [{ doc: 'a', participants: [K, S, R] }] },
    expected: { 'meetings.precision': '3/3', 'meetings.recall': '3/3' },
  },
  {
    name: 'a two-way meeting finds one of three gold pairs',
    events: [meeting('m1', ['ali-khamenei', 'al-sudani'], ['a'])],
    gold: { meetings: [{ doc: 'a', participants: [K, S, R] }] },
    expected: { 'meetings.precision': '1/1', 'meetings.recall': '1/3' },
  },
  {
    name: 'a pair in the wrong document is both spurious and missed',
    events: [meeting('m1', ['ali-khamenei', 'al-sudani'], ['b'])],
    gold: { meetings: [{ doc: 'a', participants: [K, S] }] },
    expected: { 'meetings.precision': '0/1', 'meetings.recall': '0/1' },
  },
  {
    name: 'planned, cancelled, denied and hypothetical events are not scored',
    events: [
      meeting('m1', ['ali-khamenei', 'al-sudani'], ['a'], { status: 'occurred' }),
      meeting('m2', ['ali-khamenei', 'raisi'], ['a'], { status: 'planned' }),
      meeting('m3', ['al-sudani', 'raisi'], ['a'], { status: 'cancelled' }),
      meeting('m4', ['blinken', 'raisi'], ['a'], { status: 'denied' }),
      meeting('m5', ['blinken', 'al-sudani'], ['a'], { status: 'hypothetical' }),
      statement('s1', 'raisi', ['israel'], ['a'], { status: 'planned' }),
      statement('s2', 'ali-khamenei', ['israel'], ['a'], { status: 'occurred' }),
    ],
    gold: {
      meetings: [{ doc: 'a', participants: [K, S] }],
      statements: [{ doc: 'a', speaker: K, targets: ['Israel'] }],
    },
    expected: {
      'meetings.precision': '1/1',
      'statements.speaker.precision': '1/1',
      'statements.target.precision': '1/1',
    },
  },
  {
    name: 'an event without a status is scored',
    events: [meeting('m1', ['ali-khamenei', 'al-sudani'], ['a'], { status: 'planned' })],
    edit: (dataset) => {
      delete (dataset.events[0] as { status?: unknown }).status;
    },
    gold: { meetings: [{ doc: 'a', participants: [K, S] }] },
    expected: { 'meetings.precision': '1/1', 'meetings.recall': '1/1' },
  },
  {
    name: 'evidence in two documents gives the pairs in each',
    events: [meeting('m1', ['ali-khamenei', 'al-sudani'], ['a', 'b'])],
    gold: {
      meetings: [
        { doc: 'a', participants: [K, S] },
        { doc: 'b', participants: [S, K] },
      ],
    },
    expected: { 'meetings.precision': '2/2', 'meetings.recall': '2/2' },
  },
  {
    name: 'two evidence items in one document give its pairs once',
    events: [meeting('m1', ['ali-khamenei', 'al-sudani'], ['a', 'a'])],
    gold: { meetings: [{ doc: 'a', participants: [K, S] }] },
    expected: { 'meetings.precision': '1/1' },
  },
  {
    name: 'documents are named by the file stem of their path, folders and articles of one file alike',
    documents: [
      { id: 'first', path: 'nested/dir/2023.11.06_report.html' },
      { id: 'multi', path: 'multi.md' },
      { id: 'multi~2', path: 'multi.md' },
    ],
    events: [
      meeting('m1', ['ali-khamenei', 'al-sudani'], ['first']),
      meeting('m2', ['ali-khamenei', 'raisi'], ['multi~2']),
      meeting('m3', ['al-sudani', 'raisi'], ['multi']),
    ],
    gold: {
      meetings: [
        { doc: '2023.11.06_report', participants: [K, S] },
        { doc: 'multi', participants: [K, R] },
        { doc: 'multi', participants: [S, R] },
      ],
    },
    expected: { 'meetings.precision': '3/3', 'meetings.recall': '3/3' },
  },
  {
    name: 'a participant matching no gold actor makes its pairs wrong',
    events: [meeting('m1', ['ali-khamenei', 'al-sudani', 'credit-score'], ['a'])],
    gold: { meetings: [{ doc: 'a', participants: [K, S] }] },
    expected: { 'meetings.precision': '1/3', 'meetings.recall': '1/1' },
  },
  {
    name: 'pairs with different unmatched actors are counted apart',
    events: [
      meeting('m1', ['ali-khamenei', 'credit-score'], ['a']),
      meeting('m2', ['ali-khamenei', 'handout'], ['a']),
      meeting('m3', ['ali-khamenei', 'al-sudani'], ['a']),
    ],
    gold: { meetings: [{ doc: 'a', participants: [K, S] }] },
    expected: { 'meetings.precision': '1/3' },
  },
  {
    name: 'two meetings carrying one pair count it once',
    events: [meeting('m1', ['ali-khamenei', 'al-sudani'], ['a']), meeting('m2', ['al-sudani', 'ali-khamenei'], ['a'])],
    gold: { meetings: [{ doc: 'a', participants: [K, S] }] },
    expected: { 'meetings.precision': '1/1' },
  },
  {
    name: 'date accuracy reads matched pairs with a gold date only',
    events: [
      meeting('m1', ['ali-khamenei', 'al-sudani'], ['a'], { date: '2023-11-06' }),
      meeting('m2', ['ali-khamenei', 'raisi'], ['a'], { date: '2023-11-06' }),
      meeting('m3', ['al-sudani', 'raisi'], ['a'], { date: '2023-11-07' }),
      meeting('m4', ['blinken', 'raisi'], ['a'], { date: '2023-11-01' }),
      meeting('m5', ['blinken', 'al-sudani'], ['a']),
    ],
    gold: {
      meetings: [
        { doc: 'a', participants: [K, S], date: '2023-11-06' },
        { doc: 'a', participants: [K, R], date: '2023-11-05' },
        { doc: 'a', participants: [S, R], date: null },
        { doc: 'a', participants: ['Antony Blinken', K], date: '2023-11-01' },
        { doc: 'a', participants: ['Antony Blinken', S], date: '2023-11-05' },
      ],
    },
    // m1 right, m2 wrong, m3 has no gold date, m4 is spurious, m5 undated; the Blinken–Khamenei pair is missed.
    expected: { 'meetings.dateAccuracy': '1/3', 'meetings.precision': '4/5', 'meetings.recall': '4/5' },
  },
  {
    name: 'a pair is dated right when any event carrying it has the gold date',
    events: [
      meeting('m1', ['ali-khamenei', 'al-sudani'], ['a'], { date: '2023-11-05' }),
      meeting('m2', ['ali-khamenei', 'al-sudani'], ['a'], { date: '2023-11-06' }),
    ],
    gold: { meetings: [{ doc: 'a', participants: [K, S], date: '2023-11-06' }] },
    expected: { 'meetings.dateAccuracy': '1/1' },
  },
  {
    name: 'a pair in two gold meetings of a document may carry either gold date',
    events: [meeting('m1', ['ali-khamenei', 'al-sudani'], ['a'], { date: '2023-11-05' })],
    gold: {
      meetings: [
        { doc: 'a', participants: [K, S, R], date: '2023-11-06' },
        { doc: 'a', participants: [S, K], date: '2023-11-05' },
      ],
    },
    expected: { 'meetings.dateAccuracy': '1/1', 'meetings.recall': '1/3' },
  },
  {
    name: 'actor recall counts gold actors that appear in a gold event',
    actors: [
      { id: 'ali-khamenei', name: 'Ali Khamenei' },
      { id: 'raisi', name: 'Raisi' },
      { id: 'pentagon', name: 'Pentagon', kind: 'organization' },
    ],
    events: [],
    gold: {
      meetings: [{ doc: 'a', participants: [K, S] }],
      statements: [{ doc: 'a', speaker: 'Antony Blinken', targets: [R] }],
    },
    expected: { 'actors.recall': '2/4', 'actors.kindAccuracy': '2/2', 'actors.fragments': 0 },
  },
  {
    name: 'fragments count every extra predicted actor for a gold actor, in gold events or not',
    actors: [
      { id: 'ali-khamenei', name: 'Ali Khamenei' },
      { id: 'khamenei', name: 'Khamenei' },
      { id: 'ayatollah-khamenei', name: 'Ayatollah Khamenei' },
      { id: 'pentagon', name: 'Pentagon', kind: 'organization' },
      { id: 'the-pentagon', name: 'The Pentagon', kind: 'organization' },
      { id: 'al-sudani', name: 'al-Sudani' },
    ],
    events: [],
    gold: { meetings: [{ doc: 'a', participants: [K, S] }] },
    expected: { 'actors.fragments': 3, 'actors.recall': '2/2' },
  },
  {
    name: 'kind accuracy counts matched gold actors whose predicted nodes all have the gold kind',
    actors: [
      { id: 'ali-khamenei', name: 'Ali Khamenei' },
      { id: 'khamenei', name: 'Khamenei', kind: 'organization' },
      { id: 'al-sudani', name: 'al-Sudani' },
      { id: 'israel', name: 'Israel', kind: 'organization' },
    ],
    events: [],
    gold: { meetings: [{ doc: 'a', participants: [K, S] }], statements: [{ doc: 'a', speaker: K, targets: ['Israel', 'Iran'] }] },
    expected: { 'actors.recall': '3/4', 'actors.kindAccuracy': '1/3' },
  },
  {
    name: 'a conflated actor is scored as the gold actor its own name matches',
    actors: [
      { id: 'iran', name: 'Iran', kind: 'country', aliases: ['Khamenei'] },
      { id: 'al-sudani', name: 'al-Sudani' },
    ],
    events: [meeting('m1', ['iran', 'al-sudani'], ['a'])],
    gold: { meetings: [{ doc: 'a', participants: ['Iran', S] }], statements: [{ doc: 'a', speaker: K }] },
    expected: { 'meetings.precision': '1/1', 'actors.recall': '3/3' },
  },
  {
    name: 'a conflated actor whose own name matches no gold actor makes its pairs wrong',
    actors: [
      { id: 'iranian-leaders', name: 'Iranian leaders', aliases: ['Khamenei', 'Raisi'] },
      { id: 'al-sudani', name: 'al-Sudani' },
    ],
    events: [meeting('m1', ['iranian-leaders', 'al-sudani'], ['a'])],
    gold: { meetings: [{ doc: 'a', participants: [K, S] }] },
    expected: { 'meetings.precision': '0/1', 'meetings.recall': '0/1' },
  },
  {
    name: 'two fragments of one person in a meeting make a pair with itself, which is wrong',
    actors: [
      { id: 'ali-khamenei', name: 'Ali Khamenei' },
      { id: 'khamenei', name: 'Khamenei' },
      { id: 'al-sudani', name: 'al-Sudani' },
    ],
    events: [meeting('m1', ['ali-khamenei', 'khamenei', 'al-sudani'], ['a'])],
    gold: { meetings: [{ doc: 'a', participants: [K, S] }] },
    expected: { 'meetings.precision': '1/2', 'meetings.recall': '1/1', 'actors.fragments': 1 },
  },
  {
    name: 'statements compare (document, speaker) and (document, speaker, target)',
    events: [
      statement('s1', 'ali-khamenei', ['israel'], ['a']),
      statement('s2', 'al-sudani', [], ['a']),
      statement('s3', 'blinken', ['iran'], ['b']),
      statement('s4', 'credit-score', ['israel'], ['b']),
    ],
    gold: {
      statements: [
        { doc: 'a', speaker: K, targets: ['Israel', 'United States'] },
        { doc: 'a', speaker: S },
        { doc: 'b', speaker: R, targets: ['Israel'] },
      ],
    },
    expected: {
      'statements.speaker.precision': '2/4',
      'statements.speaker.recall': '2/3',
      'statements.target.precision': '1/3',
      'statements.target.recall': '1/3',
    },
  },
  {
    name: 'a statement is counted in every document its evidence cites',
    events: [statement('s1', 'ali-khamenei', ['israel', 'united-states'], ['a', 'b'])],
    gold: {
      statements: [
        { doc: 'a', speaker: K, targets: ['Israel'] },
        { doc: 'b', speaker: K, targets: ['United States'] },
      ],
    },
    expected: {
      'statements.speaker.precision': '2/2',
      'statements.speaker.recall': '2/2',
      'statements.target.precision': '2/4',
      'statements.target.recall': '2/2',
    },
  },
  {
    name: 'a target matching no gold actor makes its triple wrong',
    events: [statement('s1', 'ali-khamenei', ['israel', 'handout'], ['a'])],
    gold: { statements: [{ doc: 'a', speaker: K, targets: ['Israel'] }] },
    expected: { 'statements.target.precision': '1/2', 'statements.target.recall': '1/1' },
  },
];

describe('score', () => {
  it.each(cases)('$name', (testCase) => {
    expect(flatten(run(testCase).metrics)).toMatchObject(testCase.expected);
  });

  it('leaves a ratio with nothing to divide by without a value', () => {
    const { metrics } = run({ events: [], gold: { meetings: [{ doc: 'a', participants: [K, S] }] } });
    expect(metrics.meetings.precision).toEqual({ correct: 0, total: 0, value: null });
    expect(metrics.meetings.recall).toEqual({ correct: 0, total: 1, value: 0 });
    expect(metrics.meetings.dateAccuracy.value).toBeNull();
  });

  it('lists missed and spurious items by name, with the events behind them', () => {
    const { details } = run({
      events: [
        meeting('m1', ['ali-khamenei', 'credit-score'], ['a']),
        meeting('m2', ['ali-khamenei', 'al-sudani'], ['a'], { date: '2023-11-05' }),
        statement('s1', 'blinken', ['iran'], ['b']),
      ],
      gold: {
        meetings: [
          { doc: 'a', participants: [K, S], date: '2023-11-06' },
          { doc: 'b', participants: [K, R] },
        ],
        statements: [{ doc: 'b', speaker: R, targets: ['Israel'] }],
      },
    });
    const names = (items: ScoredItem[]) => items.map((item) => [item.doc, ...item.actors.map((actor) => actor.name)]);
    expect(names(details.meetings.missed)).toEqual([['b', K, R]]);
    expect(details.meetings.spurious).toEqual([
      { doc: 'a', actors: [{ name: K }, { name: 'Credit score', unmatchedActorId: 'credit-score' }], eventIds: ['m1'] },
    ]);
    expect(details.meetings.wrongDates).toEqual([
      { doc: 'a', actors: [{ name: K }, { name: S }], goldDates: ['2023-11-06'], predicted: [{ eventId: 'm2', date: '2023-11-05' }] },
    ]);
    expect(names(details.statements.speaker.missed)).toEqual([['b', R]]);
    expect(names(details.statements.speaker.spurious)).toEqual([['b', 'Antony Blinken']]);
    expect(names(details.statements.target.missed)).toEqual([['b', R, 'Israel']]);
    expect(names(details.statements.target.spurious)).toEqual([['b', 'Antony Blinken', 'Iran']]);
  });

  it('lists missed actors, fragments, kind mismatches and conflations', () => {
    const { details } = run({
      actors: [
        { id: 'ali-khamenei', name: 'Ali Khamenei' },
        { id: 'khamenei', name: 'Khamenei', kind: 'organization' },
        { id: 'iran', name: 'Iran', kind: 'country', aliases: ['Raisi'] },
      ],
      events: [],
      gold: { meetings: [{ doc: 'a', participants: [K, S] }] },
    });
    expect(details.actors.missed).toEqual([S]);
    expect(details.actors.fragments).toEqual([
      {
        gold: K,
        predicted: [
          { id: 'ali-khamenei', name: 'Ali Khamenei', kind: 'person' },
          { id: 'khamenei', name: 'Khamenei', kind: 'organization' },
        ],
      },
    ]);
    expect(details.actors.kindMismatches.map((mismatch) => mismatch.gold)).toEqual([K]);
    expect(details.actors.conflated).toEqual([
      { predicted: { id: 'iran', name: 'Iran', kind: 'country' }, gold: ['Iran', 'Ebrahim Raisi'], scoredAs: 'Iran' },
    ]);
  });
});

describe('fileStem', () => {
  it.each([
    ['000_4d009f5f48687d7b.txt', '000_4d009f5f48687d7b'],
    ['seeds/2024/000_4d009f5f48687d7b.html', '000_4d009f5f48687d7b'],
    ['seeds\\000_4d009f5f48687d7b.md', '000_4d009f5f48687d7b'],
    ['2023.11.06_report.txt', '2023.11.06_report'],
    ['README', 'README'],
    ['.hidden', '.hidden'],
  ])('%s → %s', (path, stem) => {
    expect(fileStem(path)).toBe(stem);
  });
});
