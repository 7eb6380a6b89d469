/**
 * Assembles the dataset: events get stable ids, de-duplicated evidence and a count of independent
 * sources; only actors that take part in an event become nodes; everything is sorted so the same
 * input always gives the same bytes.
 */
import type { Dataset, DiplographEvent, Document, Evidence } from '../../schema';
import { FORMAT_VERSION } from '../../schema';
import { compareCodeUnits } from '../01-ingest';
import type { DraftEvent, Stage } from '../types';

export const assemble: Stage = (state) => {
  if (!state.dataset) throw new Error('assemble needs the actors merged first');
  const documents = new Map(state.storedDocuments.map((d) => [d.id, d]));
  const events = byDateThenId(state.events.map((event) => toEvent(event, documents)));
  // The events are this stage's own new records: numbering repeated ids in place spares a copy of each.
  const usedIds = new Set<string>();
  for (const event of events) {
    const base = event.id;
    for (let n = 2; usedIds.has(event.id); n++) event.id = `${base}-${n}`;
    usedIds.add(event.id);
  }
  const referenced = new Set<string>();
  for (const event of events) {
    if (event.type === 'meeting') for (const actor of event.participants) referenced.add(actor);
    else for (const actor of [event.speaker, ...event.targets]) referenced.add(actor);
  }
  const actors = state.dataset.actors.filter((a) => referenced.has(a.id)).sort((a, b) => a.id.localeCompare(b.id));
  const merges = state.dataset.merges.filter((m) => referenced.has(m.actorId)).sort((a, b) => a.actorId.localeCompare(b.actorId));
  // Grouped by file for the reader; stable, so each file's warnings keep the order they were found in.
  const warnings = [...state.warnings].sort((a, b) => compareCodeUnits(a.file, b.file));
  const dataset: Dataset = { formatVersion: FORMAT_VERSION, documents: state.storedDocuments, actors, events, merges, warnings };
  // The drafts are in the dataset now, as its events.
  return { ...state, events: [], dataset };
};

/**
 * The events by date (undated last), then id, in code-unit order (not localeCompare, a tenth of the
 * cost: dates and ids are ASCII digits, letters and hyphens); stable, as one sort by both would be.
 * Grouped by date first: a corpus has a few thousand dates for hundreds of thousands of events, so
 * each event is compared within its day's group only, less than half the comparisons of one sort of all.
 */
export function byDateThenId(events: DiplographEvent[]): DiplographEvent[] {
  const byDate = new Map<string, DiplographEvent[]>();
  for (const event of events) {
    const date = event.date ?? '9999';
    const group = byDate.get(date);
    if (group) group.push(event);
    else byDate.set(date, [event]);
  }
  const sorted: DiplographEvent[] = [];
  for (const date of [...byDate.keys()].sort(compareCodeUnits)) {
    for (const event of byDate.get(date)!.sort((a, b) => compareCodeUnits(a.id, b.id))) sorted.push(event);
  }
  return sorted;
}

function toEvent(event: DraftEvent, documents: Map<string, Document>): DiplographEvent {
  const evidence = uniqueEvidence(event.evidence);
  const { status, date, datePrecision, dateDerivation, trigger } = event;
  const sourceCount = evidence.length === 1 ? 1 : new Set(evidence.map((e) => sourceOf(documents.get(e.documentId)!))).size;
  // Written out rather than spread from shared fields: one object per event, keys in the schema's order (the order written).
  if (event.type === 'meeting') {
    const participants = [...event.participants].sort();
    const id = `meeting-${idHash('meeting', participants, date ?? '', evidence[0])}`;
    return { id, status, date, datePrecision, dateDerivation, trigger, evidence, sourceCount, type: 'meeting', participants, place: event.place, mode: event.mode };
  }
  const targets = [...event.targets].sort();
  const id = `statement-${idHash('statement', [event.speaker!, ...targets], null, evidence[0])}`;
  return { id, status, date, datePrecision, dateDerivation, trigger, evidence, sourceCount, type: 'statement', speaker: event.speaker!, targets, kind: event.kind };
}

/** An independent source: the outlet where known, else the article (the first copy of a duplicate). */
function sourceOf(document: Document): string {
  return document.outlet ?? document.duplicateOf ?? document.id;
}

function uniqueEvidence(evidence: Evidence[]): Evidence[] {
  // Most events cite one passage: no key to build, nothing to sort.
  if (evidence.length === 1) return [evidence[0]];
  const seen = new Map<string, Evidence>();
  for (const item of evidence) seen.set(`${item.documentId}|${item.start}|${item.end}`, item);
  return [...seen.values()].sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start);
}

/**
 * FNV-1a, 32 bits, of the type, the actors, the date (for a meeting) and the first passage's document
 * and start, joined by '|': short stable ids from an event's content. Fed piece by piece, so the
 * joined text (one per event, with its list of parts) is never built.
 */
function idHash(type: string, actors: readonly string[], date: string | null, first: Evidence): string {
  let h = fnv(0x811c9dc5, type);
  for (const actor of actors) h = fnv(fnv(h, '|'), actor);
  if (date !== null) h = fnv(fnv(h, '|'), date);
  h = fnv(fnv(fnv(fnv(h, '|'), first.documentId), '|'), String(first.start));
  return (h >>> 0).toString(16).padStart(8, '0');
}

function fnv(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
