import { FORMAT_VERSION, type Actor, type ActorKind, type Dataset, type DiplographEvent, type Document, type Evidence, type TextShard } from '../../schema';

/** A small dataset for unit tests, built so every evidence span really quotes its document. */
const TEXTS: Record<string, { title: string; date: string | null; outlet: string | null; url: string | null; text: string }> = {
  nyt: {
    title: 'Khamenei meets al-Sudani',
    date: '2023-11-06',
    outlet: 'Example Times',
    url: 'https://example.org/khamenei-sudani',
    text: 'Ayatollah Ali Khamenei met on Monday in Tehran with Prime Minister Mohammed Shia al-Sudani of Iraq. Khamenei accused the United States of complicity.',
  },
  aawsat: {
    title: 'Haniyeh briefs Khamenei',
    date: null,
    outlet: null,
    url: 'javascript:alert(1)',
    text: 'Hamas leader Ismail Haniyeh met Iran\'s supreme leader Ali Khamenei. Hanieh had arrived in Tehran days earlier. Blinken will meet al-Sudani next week.',
  },
  wire: {
    title: 'Blinken in Baghdad',
    date: '2023-11-05',
    outlet: 'Example Wire',
    url: null,
    text: 'Antony Blinken met Mohammed Shia al-Sudani in Baghdad on Sunday.',
  },
};

export const FIXTURE_TEXT_SHARD_ID = '00000000000000f1';

export const FIXTURE_DOCUMENTS: Document[] = Object.entries(TEXTS).map(([id, doc], articleIndex) => ({
  id,
  path: `${id}.txt`,
  articleIndex,
  title: doc.title,
  outlet: doc.outlet,
  url: doc.url,
  date: doc.date,
  dateSource: doc.date ? 'date-line' : null,
  referenceDate: doc.date,
  referenceDateSource: doc.date ? 'date-line' : null,
  duplicateOf: null,
  textShard: FIXTURE_TEXT_SHARD_ID,
  textLength: doc.text.length,
}));

/** The one text shard holding the fixture documents' texts. */
export const FIXTURE_TEXT_SHARD: TextShard = {
  formatVersion: FORMAT_VERSION,
  documents: Object.entries(TEXTS).map(([id, doc]) => ({ id, text: doc.text, blocks: [{ start: 0, end: doc.text.length, kind: 'body', repeated: false, filePhoto: false }] })),
};

export function evidence(documentId: string, quote: string): Evidence {
  const text = TEXTS[documentId].text;
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in ${documentId}: ${quote}`);
  return { documentId, start, end: start + quote.length, quote, fromCaption: false };
}

function actor(id: string, name: string, kind: ActorKind, country: string | null, aliases: string[] = []): Actor {
  return {
    id,
    name,
    kind,
    country,
    aliases,
    aliasUses: [name, ...aliases].map((form) => ({ form, documentIds: ['nyt'] })),
    roles: [],
  };
}

export const FIXTURE_ACTORS: Actor[] = [
  actor('ali-khamenei', 'Ali Khamenei', 'person', 'IRN', ['Khamenei', 'Supreme Leader']),
  actor('mohammed-shia-al-sudani', 'Mohammed Shia al-Sudani', 'person', 'IRQ', ['al-Sudani', 'Mohammad Shiaa’ al-Sudani']),
  actor('ismail-haniyeh', 'Ismail Haniyeh', 'person', 'PSE', ['Hanieh', 'Haniya']),
  actor('antony-blinken', 'Antony Blinken', 'person', 'USA', ['Blinken']),
  actor('united-states', 'United States', 'country', 'USA', ['Washington', 'US']),
  actor('hamas', 'Hamas', 'organization', 'PSE'),
];

const base = {
  dateDerivation: { method: 'explicit', text: null, reason: 'fixture' },
  sourceCount: 1,
} as const;

export const FIXTURE_EVENTS: DiplographEvent[] = [
  {
    ...base,
    id: 'm-khamenei-sudani',
    type: 'meeting',
    status: 'occurred',
    date: '2023-11-06',
    datePrecision: 'day',
    trigger: 'met',
    participants: ['ali-khamenei', 'mohammed-shia-al-sudani'],
    place: 'Tehran',
    mode: 'in-person',
    evidence: [evidence('nyt', 'Ayatollah Ali Khamenei met on Monday in Tehran with Prime Minister Mohammed Shia al-Sudani of Iraq.')],
    sourceCount: 1,
  },
  {
    ...base,
    id: 's-khamenei-us',
    type: 'statement',
    status: 'occurred',
    date: '2023-11-06',
    datePrecision: 'day',
    trigger: 'accused',
    speaker: 'ali-khamenei',
    targets: ['united-states'],
    kind: 'ACCUSE',
    evidence: [evidence('nyt', 'Khamenei accused the United States of complicity.')],
  },
  {
    ...base,
    id: 'm-haniyeh-khamenei',
    type: 'meeting',
    status: 'occurred',
    date: null,
    datePrecision: null,
    trigger: 'met',
    participants: ['ismail-haniyeh', 'ali-khamenei'],
    place: null,
    mode: 'in-person',
    evidence: [evidence('aawsat', "Hamas leader Ismail Haniyeh met Iran's supreme leader Ali Khamenei.")],
  },
  {
    ...base,
    id: 'm-blinken-sudani',
    type: 'meeting',
    status: 'occurred',
    date: '2023-11-05',
    datePrecision: 'day',
    trigger: 'met',
    participants: ['antony-blinken', 'mohammed-shia-al-sudani'],
    place: 'Baghdad',
    mode: 'in-person',
    evidence: [evidence('wire', 'Antony Blinken met Mohammed Shia al-Sudani in Baghdad on Sunday.')],
  },
  {
    ...base,
    id: 'm-blinken-sudani-planned',
    type: 'meeting',
    status: 'planned',
    date: '2023-11-12',
    datePrecision: 'day',
    trigger: 'will meet',
    participants: ['antony-blinken', 'mohammed-shia-al-sudani'],
    place: null,
    mode: 'in-person',
    evidence: [evidence('aawsat', 'Blinken will meet al-Sudani next week.')],
  },
];

export function fixtureDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    formatVersion: FORMAT_VERSION,
    documents: FIXTURE_DOCUMENTS,
    actors: FIXTURE_ACTORS,
    events: FIXTURE_EVENTS,
    merges: [],
    warnings: [],
    ...overrides,
  };
}

/** A synthetic dataset of `count` statements and meetings among `actorCount` actors, for timing. */
export function largeDataset(count: number, actorCount = 120): Dataset {
  const actors = Array.from({ length: actorCount }, (_, i) =>
    actor(`actor-${i}`, `Actor ${i}`, (['person', 'country', 'organization'] as const)[i % 3], ['IRN', 'IRQ', 'USA', 'LBN'][i % 4]),
  );
  const quote = evidence('wire', 'Antony Blinken met Mohammed Shia al-Sudani in Baghdad on Sunday.');
  const events: DiplographEvent[] = Array.from({ length: count }, (_, i) => {
    const a = `actor-${i % actorCount}`;
    const b = `actor-${(i * 7 + 1) % actorCount}`;
    const date = i % 10 === 0 ? null : `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const common = { ...base, id: `e${i}`, status: 'occurred' as const, date, datePrecision: date ? ('day' as const) : null, trigger: 'met', evidence: [quote] };
    return i % 2
      ? { ...common, type: 'meeting' as const, participants: [a, b], place: null, mode: 'in-person' as const }
      : { ...common, type: 'statement' as const, speaker: a, targets: [b], kind: 'COMMENT' as const };
  });
  return { formatVersion: FORMAT_VERSION, documents: FIXTURE_DOCUMENTS, actors, events, merges: [], warnings: [] };
}
