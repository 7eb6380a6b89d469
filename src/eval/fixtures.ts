/**
 * Builders for the small hand-made datasets and gold files the eval tests score. Both run the
 * real validators, so a fixture the scorer would never see in practice fails loudly.
 */
import { FORMAT_VERSION, validateDataset, type ActorKind, type Dataset, type EventStatus, type Evidence } from '../schema';
import { parseGold, type Gold } from './gold';

export interface DocumentSpec {
  id: string;
  path: string;
}

export interface ActorSpec {
  id: string;
  name: string;
  kind?: ActorKind;
  aliases?: string[];
}

interface EventSpecBase {
  id: string;
  /** Ids of the documents its evidence cites. */
  cites: string[];
  status?: EventStatus;
  date?: string | null;
}

export type EventSpec =
  | (EventSpecBase & { type: 'meeting'; participants: string[] })
  | (EventSpecBase & { type: 'statement'; speaker: string; targets?: string[] });

function documentText(id: string): string {
  return `Text of document ${id}.`;
}

function evidenceIn(documentId: string): Evidence {
  const quote = documentText(documentId);
  return { documentId, start: 0, end: quote.length, quote, fromCaption: false };
}

export function buildDataset(spec: { documents: DocumentSpec[]; actors: ActorSpec[]; events: EventSpec[] }): Dataset {
  const dataset = {
    formatVersion: FORMAT_VERSION,
    documents: spec.documents.map((document, articleIndex) => ({
      id: document.id,
      path: document.path,
      articleIndex,
      title: null,
      outlet: null,
      url: null,
      date: null,
      dateSource: null,
      referenceDate: null,
      referenceDateSource: null,
      duplicateOf: null,
      textShard: '0000000000000000',
      textLength: documentText(document.id).length,
    })),
    actors: spec.actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      kind: actor.kind ?? 'person',
      country: null,
      aliases: actor.aliases ?? [],
      aliasUses: [],
      roles: [],
    })),
    events: spec.events.map((event) => {
      const common = {
        id: event.id,
        status: event.status ?? 'occurred',
        date: event.date ?? null,
        datePrecision: event.date ? 'day' : null,
        dateDerivation: { method: event.date ? 'explicit' : 'none', text: null, reason: 'fixture' },
        trigger: event.type === 'meeting' ? 'met' : 'said',
        evidence: event.cites.map(evidenceIn),
        sourceCount: 1,
      };
      return event.type === 'meeting'
        ? { ...common, type: 'meeting', participants: event.participants, place: null, mode: 'in-person' }
        : { ...common, type: 'statement', speaker: event.speaker, targets: event.targets ?? [], kind: 'COMMENT' };
    }),
    merges: [],
    warnings: [],
  };
  const result = validateDataset(dataset);
  if (!result.ok) throw new Error(`invalid fixture dataset: ${result.problems.join('; ')}`);
  return result.dataset;
}

export interface GoldSpec {
  actors: { name: string; kind?: ActorKind; aliases?: string[] }[];
  meetings?: { doc: string; participants: string[]; date?: string | null }[];
  statements?: { doc: string; speaker: string; targets?: string[] }[];
}

/** A gold file as JSON would hold it, before parsing; every document its events name is listed. */
export function goldJson(spec: GoldSpec) {
  const meetings = (spec.meetings ?? []).map((meeting) => ({
    doc: meeting.doc,
    participants: meeting.participants,
    date: meeting.date ?? null,
    place: null,
    quote: 'fixture',
  }));
  const statements = (spec.statements ?? []).map((statement) => ({
    doc: statement.doc,
    speaker: statement.speaker,
    targets: statement.targets ?? [],
    quote: 'fixture',
  }));
  const docs = [...new Set([...meetings, ...statements].map((event) => event.doc))];
  return {
    documents: Object.fromEntries(docs.map((doc) => [doc, { date: null }])),
    actors: spec.actors.map((actor) => ({ name: actor.name, kind: actor.kind ?? 'person', country: null, aliases: actor.aliases ?? [] })),
    meetings,
    statements,
  };
}

export function buildGold(spec: GoldSpec): Gold {
  const result = parseGold(goldJson(spec));
  if (!result.ok) throw new Error(`invalid fixture gold: ${result.problems.join('; ')}`);
  return result.gold;
}
