import type { Actor, Dataset, DiplographEvent, Document } from '../../schema';
import { countryGroupOf } from './country-groups';
import type { EdgeKey } from './edges';

/** Lookups built once per dataset; every derived view reads records through these maps by id. */
export interface DatasetIndex {
  dataset: Dataset;
  actors: Map<string, Actor>;
  events: Map<string, DiplographEvent>;
  documents: Map<string, Document>;
  /** The country groups with at least one actor (ISO3 codes, then the groups of actors without a country), sorted. */
  countryGroups: string[];
  /** Earliest and latest event date, or null when no event is dated. */
  dateExtent: readonly [string, string] | null;
  /**
   * Each event's edges among all its actors, by event id, made the first time a graph needs them
   * (`toElements`): every view keeps those whose two ends it keeps, so what is kept serves them all.
   */
  eventEdges: Map<string, EdgeKey[]>;
}

/** Every actor an event names: a meeting's participants, or a statement's speaker then its targets. */
export function eventActorIds(event: DiplographEvent): string[] {
  return event.type === 'meeting' ? event.participants : [event.speaker, ...event.targets];
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const countryGroups = new Set(dataset.actors.map(countryGroupOf));
  let min: string | null = null;
  let max: string | null = null;
  for (const event of dataset.events) {
    if (!event.date) continue;
    if (min === null || event.date < min) min = event.date;
    if (max === null || event.date > max) max = event.date;
  }
  return {
    dataset,
    actors: new Map(dataset.actors.map((a) => [a.id, a])),
    events: new Map(dataset.events.map((e) => [e.id, e])),
    documents: new Map(dataset.documents.map((d) => [d.id, d])),
    countryGroups: [...countryGroups].sort(),
    dateExtent: min !== null && max !== null ? [min, max] : null,
    eventEdges: new Map(),
  };
}
