import type { DiplographEvent, Document } from '../../schema';
import { eventActorIds, type DatasetIndex } from './dataset-index';

/** Newest first; undated events last; ties broken by id so the order is stable. */
export function compareNewestFirst(a: DiplographEvent, b: DiplographEvent): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function involves(event: DiplographEvent, actorId: string): boolean {
  return eventActorIds(event).includes(actorId);
}

/** The other side(s) of an event as seen from one actor. */
export function counterpartsOf(event: DiplographEvent, actorId: string): string[] {
  if (event.type === 'meeting') return event.participants.filter((id) => id !== actorId);
  if (event.speaker === actorId) return event.targets.filter((id) => id !== actorId);
  return [event.speaker];
}

export interface CounterpartGroup {
  /** null gathers statements without a target. */
  counterpartId: string | null;
  events: DiplographEvent[];
}

/** An actor's events grouped by counterpart, groups ordered by their newest event, events newest first. */
export function interactionsByCounterpart(events: readonly DiplographEvent[], actorId: string): CounterpartGroup[] {
  const groups = new Map<string | null, DiplographEvent[]>();
  for (const event of events) {
    if (!involves(event, actorId)) continue;
    const counterparts = counterpartsOf(event, actorId);
    for (const counterpart of counterparts.length ? counterparts : [null]) {
      const list = groups.get(counterpart) ?? [];
      list.push(event);
      groups.set(counterpart, list);
    }
  }
  const result = [...groups.entries()].map(([counterpartId, list]) => ({ counterpartId, events: list.sort(compareNewestFirst) }));
  return result.sort((a, b) => compareNewestFirst(a.events[0], b.events[0]) || String(a.counterpartId).localeCompare(String(b.counterpartId)));
}

export interface FirstReport {
  date: string;
  document: Document;
}

/** The earliest publication among the documents that report an event, or null when none is dated. */
export function firstReported(event: DiplographEvent, index: DatasetIndex): FirstReport | null {
  let first: FirstReport | null = null;
  for (const evidence of event.evidence) {
    const document = index.documents.get(evidence.documentId);
    const date = document?.date ?? null;
    if (document && date && (first === null || date < first.date)) first = { date, document };
  }
  return first;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "6 Nov 2023", "Nov 2023" or "2023" by precision; "undated" when there is no date. */
export function formatEventDate(date: string | null, precision: 'day' | 'month' | 'year' | null = 'day'): string {
  if (date === null) return 'undated';
  const [year, month, day] = date.split('-');
  if (precision === 'year') return year;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (precision === 'month') return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}
