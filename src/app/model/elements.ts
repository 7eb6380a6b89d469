import type { ElementDefinition, Position } from 'cytoscape';
import type { DiplographEvent } from '../../schema';
import type { DatasetIndex } from './dataset-index';
import { edgesOfEvent, type EdgeKey } from './edges';
import type { VisibleSet } from './filters';

export interface ElementOptions {
  /** Put people and organizations (and the country itself) inside a compound node for their country. */
  groupByCountry: boolean;
  countryName: (iso3: string) => string;
  positions?: ReadonlyMap<string, Position>;
  /**
   * Event counts that size the nodes, instead of the visible ones: the explorer passes the
   * unfiltered counts, so a filter change restyles (and redraws the cached picture of) no node.
   */
  sizeCounts?: ReadonlyMap<string, number>;
  /**
   * Mark edges that share their pair with another (default true). Large drawings draw every edge
   * straight and leave it out: the mark flips with filters and would restyle edges for nothing.
   */
  markParallel?: boolean;
}

const GROUP_PREFIX = 'group:';

interface EdgeAggregate {
  key: EdgeKey;
  count: number;
  occurred: number;
}

/** Aggregated edges per visible set, kept while the set lives: sizing the graph and drawing it share them. */
const aggregated = new WeakMap<VisibleSet, Map<string, EdgeAggregate>>();

/**
 * Calls `visit` for each edge of the visible set, event by event, until it returns false. The set
 * keeps those of each event's edges among all its actors (`index.eventEdges`) whose two ends it
 * keeps, which are the edges edgesOfEvent gives for its actors, without rebuilding their ids on
 * every filter change.
 */
function forEachEdge(index: DatasetIndex, visible: VisibleSet, visit: (event: DiplographEvent, key: EdgeKey) => boolean | void): void {
  for (const event of visible.events) {
    let edges = index.eventEdges.get(event.id);
    if (!edges) {
      edges = edgesOfEvent(event, () => true);
      index.eventEdges.set(event.id, edges);
    }
    for (const key of edges) {
      if (visible.actorIds.has(key.source) && visible.actorIds.has(key.target) && visit(event, key) === false) return;
    }
  }
}

/** One entry per pair and event type among the visible actors, with its number of events and of events that occurred. */
function aggregateEdges(index: DatasetIndex, visible: VisibleSet): Map<string, EdgeAggregate> {
  const cached = aggregated.get(visible);
  if (cached) return cached;
  const edges = new Map<string, EdgeAggregate>();
  forEachEdge(index, visible, (event, key) => {
    let entry = edges.get(key.id);
    if (!entry) {
      entry = { key, count: 0, occurred: 0 };
      edges.set(key.id, entry);
    }
    entry.count += 1;
    if (event.status === 'occurred') entry.occurred += 1;
  });
  aggregated.set(visible, edges);
  return edges;
}

/** How many elements (actor nodes + aggregated edges) toElements makes of a visible set, without making them. */
export function graphElementCount(index: DatasetIndex, visible: VisibleSet): number {
  return visible.actorIds.size + aggregateEdges(index, visible).size;
}

/** Whether toElements would make more than `limit` elements; stops counting edges once it knows. */
export function hasMoreElementsThan(index: DatasetIndex, visible: VisibleSet, limit: number): boolean {
  if (visible.actorIds.size > limit) return true;
  const cached = aggregated.get(visible);
  if (cached) return visible.actorIds.size + cached.size > limit;
  const edgeIds = new Set<string>();
  forEachEdge(index, visible, (_, key) => {
    edgeIds.add(key.id);
    return visible.actorIds.size + edgeIds.size <= limit;
  });
  return visible.actorIds.size + edgeIds.size > limit;
}

export function nodeSize(eventCount: number): number {
  return Math.min(90, Math.round(24 + 9 * Math.sqrt(eventCount)));
}

export function edgeWidth(eventCount: number): number {
  return Math.min(14, Math.round((1.5 + 2.5 * Math.log2(eventCount)) * 10) / 10);
}

/**
 * Cytoscape elements for the visible set: one node per actor, sized by its visible events, and one
 * edge per pair and event type carrying the number of events. Data stays flat; full records are
 * looked up in the index by id.
 */
export function toElements(index: DatasetIndex, visible: VisibleSet, options: ElementOptions): ElementDefinition[] {
  const nodes: ElementDefinition[] = [];
  const groups = new Map<string, ElementDefinition>();
  for (const id of [...visible.actorIds].sort()) {
    const actor = index.actors.get(id);
    if (!actor) continue;
    const count = visible.eventCountByActor.get(id) ?? 0;
    const node: ElementDefinition = {
      group: 'nodes',
      data: { id, label: actor.name, kind: actor.kind, country: actor.country ?? '', size: nodeSize(options.sizeCounts?.get(id) ?? count) },
    };
    if (options.groupByCountry && actor.country) {
      const groupId = GROUP_PREFIX + actor.country;
      node.data.parent = groupId;
      if (!groups.has(groupId)) {
        groups.set(groupId, { group: 'nodes', data: { id: groupId, label: options.countryName(actor.country), kind: 'group', country: actor.country } });
      }
    }
    const position = options.positions?.get(id);
    if (position) node.position = { x: position.x, y: position.y };
    nodes.push(node);
  }

  const edges = aggregateEdges(index, visible);
  const markParallel = options.markParallel !== false;
  const pairs = new Map<string, number>();
  const pairOf = (key: EdgeKey) => (key.source < key.target ? `${key.source}|${key.target}` : `${key.target}|${key.source}`);
  if (markParallel) for (const { key } of edges.values()) pairs.set(pairOf(key), (pairs.get(pairOf(key)) ?? 0) + 1);
  const edgeElements: ElementDefinition[] = [...edges.values()]
    .sort((a, b) => (a.key.id < b.key.id ? -1 : 1))
    .map(({ key, count, occurred }) => ({
      group: 'edges',
      data: {
        id: key.id,
        source: key.source,
        target: key.target,
        type: key.type,
        count,
        width: edgeWidth(count),
        // Only planned, cancelled or otherwise unrealised events: drawn dashed.
        tentative: occurred === 0,
        // Another edge joins the same two actors: the two are drawn curving apart.
        ...(markParallel ? { parallel: pairs.get(pairOf(key))! > 1 } : {}),
      },
    }));
  return [...groups.values(), ...nodes, ...edgeElements];
}
