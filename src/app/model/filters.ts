import type { ActorKind, DatePrecision, DiplographEvent } from '../../schema';
import { countryGroupOf } from './country-groups';
import { eventActorIds, type DatasetIndex } from './dataset-index';

export type EventType = DiplographEvent['type'];
export const EVENT_TYPES: readonly EventType[] = ['meeting', 'statement'];
export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'country', 'organization'];

export interface Filters {
  /** Inclusive YYYY-MM-DD bounds; null leaves that side open. */
  from: string | null;
  to: string | null;
  includeUndated: boolean;
  /** Country groups (see country-groups.ts): ISO3 codes and the groups of actors without a country; empty means every one. */
  countries: string[];
  types: EventType[];
  kinds: ActorKind[];
}

export const DEFAULT_FILTERS: Filters = {
  from: null,
  to: null,
  includeUndated: true,
  countries: [],
  // Sorted, as every filter list is kept, so views compare by value.
  types: [...EVENT_TYPES].sort(),
  kinds: [...ACTOR_KINDS].sort(),
};

export interface VisibleSet {
  events: DiplographEvent[];
  eventIds: Set<string>;
  actorIds: Set<string>;
  /** Visible events per visible actor. */
  eventCountByActor: Map<string, number>;
}

export function isDefaultFilters(filters: Filters): boolean {
  return (
    filters.from === null &&
    filters.to === null &&
    filters.includeUndated &&
    filters.countries.length === 0 &&
    filters.types.length === EVENT_TYPES.length &&
    filters.kinds.length === ACTOR_KINDS.length
  );
}

/**
 * The first and last day an event's date can stand for: a month-precision date is stored as the
 * month's first day but may be any day of it, so a range that overlaps the month keeps the event.
 */
export function eventDateSpan(date: string, precision: DatePrecision | null): [string, string] {
  if (precision === 'year') return [`${date.slice(0, 4)}-01-01`, `${date.slice(0, 4)}-12-31`];
  if (precision !== 'month') return [date, date];
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [`${date.slice(0, 7)}-01`, `${date.slice(0, 7)}-${String(lastDay).padStart(2, '0')}`];
}

function inDateRange(event: Pick<DiplographEvent, 'date' | 'datePrecision'>, filters: Pick<Filters, 'from' | 'to' | 'includeUndated'>): boolean {
  if (event.date === null) return filters.includeUndated;
  const [first, last] = eventDateSpan(event.date, event.datePrecision);
  if (filters.from !== null && last < filters.from) return false;
  if (filters.to !== null && first > filters.to) return false;
  return true;
}

/**
 * The events and actors a filter keeps. An actor of an excluded kind drops out of every event; a
 * meeting needs two remaining participants and a statement its speaker. A country filter keeps the
 * events in which an actor of those country groups takes part, with their counterparts.
 */
export function applyFilters(index: DatasetIndex, filters: Filters): VisibleSet {
  const kinds = new Set(filters.kinds);
  const types = new Set(filters.types);
  const countries = new Set(filters.countries);
  const kindAllowed = (id: string) => {
    const actor = index.actors.get(id);
    return actor !== undefined && kinds.has(actor.kind);
  };
  const events: DiplographEvent[] = [];
  const eventIds = new Set<string>();
  const eventCountByActor = new Map<string, number>();
  for (const event of index.dataset.events) {
    if (!types.has(event.type) || !inDateRange(event, filters)) continue;
    if (event.type === 'meeting' ? event.participants.filter(kindAllowed).length < 2 : !kindAllowed(event.speaker)) continue;
    const actorIds = [...new Set(eventActorIds(event).filter(kindAllowed))];
    if (countries.size > 0 && !actorIds.some((id) => countries.has(countryGroupOf(index.actors.get(id)!)))) continue;
    events.push(event);
    eventIds.add(event.id);
    for (const id of actorIds) eventCountByActor.set(id, (eventCountByActor.get(id) ?? 0) + 1);
  }
  return { events, eventIds, actorIds: new Set(eventCountByActor.keys()), eventCountByActor };
}
