import type { DiplographEvent } from '../../schema';
import type { EventType } from './filters';

/** One aggregated edge: every event of one type between one pair (meetings) or from one speaker to one target. */
export interface EdgeKey {
  id: string;
  type: EventType;
  source: string;
  target: string;
}

/** `meeting:a|b` with a < b (undirected) or `statement:speaker>target` (directed). */
export function edgeId(type: EventType, source: string, target: string): string {
  if (type === 'meeting') {
    const [a, b] = source < target ? [source, target] : [target, source];
    return `meeting:${a}|${b}`;
  }
  return `statement:${source}>${target}`;
}

const EDGE_ID = /^(?:meeting:([a-z0-9-]+)\|([a-z0-9-]+)|statement:([a-z0-9-]+)>([a-z0-9-]+))$/;

export function parseEdgeId(id: string): EdgeKey | null {
  const match = EDGE_ID.exec(id);
  if (!match) return null;
  if (match[1] !== undefined) return { id, type: 'meeting', source: match[1], target: match[2] };
  return { id, type: 'statement', source: match[3], target: match[4] };
}

/** The edges an event contributes to, among the actors `keep` accepts. */
export function edgesOfEvent(event: DiplographEvent, keep: (actorId: string) => boolean): EdgeKey[] {
  const edges: EdgeKey[] = [];
  if (event.type === 'meeting') {
    const people = [...new Set(event.participants.filter(keep))].sort();
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        edges.push({ id: edgeId('meeting', people[i], people[j]), type: 'meeting', source: people[i], target: people[j] });
      }
    }
  } else if (keep(event.speaker)) {
    for (const target of new Set(event.targets)) {
      if (target !== event.speaker && keep(target)) {
        edges.push({ id: edgeId('statement', event.speaker, target), type: 'statement', source: event.speaker, target });
      }
    }
  }
  return edges;
}

export function eventsForEdge(events: readonly DiplographEvent[], id: string): DiplographEvent[] {
  const key = parseEdgeId(id);
  if (!key) return [];
  return events.filter((event) => event.type === key.type && edgesOfEvent(event, (actorId) => actorId === key.source || actorId === key.target).some((edge) => edge.id === id));
}
