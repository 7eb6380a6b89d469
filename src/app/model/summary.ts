import type { ElementDefinition, Position } from 'cytoscape';
import type { Actor } from '../../schema';
import { countryGroupOf, groupLabel } from './country-groups';
import { eventActorIds, type DatasetIndex } from './dataset-index';
import { edgeWidth, hasMoreElementsThan } from './elements';
import type { VisibleSet } from './filters';

/**
 * Above this many elements (actors + aggregated edges) the full graph stops being readable: with
 * the pipeline's layout (spread to 120 units between neighbours) bench:app's 1,082-element graph
 * fits the screen at zoom 0.22, where one zoom step brings labels back; its 2,164-element graph
 * would need zoom 0.10, below the smallest zoom allowed (0.15), so it no longer fits on screen at
 * all, and its lines merge into a mat. The explorer then draws one node per country instead (the
 * `auto` level).
 */
export const READABLE_ELEMENTS = 2000;

/** `auto` summarises above READABLE_ELEMENTS; the others are the user's choice and go in the URL. */
export type GraphLevel = 'auto' | 'countries' | 'actors';
export const GRAPH_LEVELS: readonly GraphLevel[] = ['auto', 'countries', 'actors'];

export function summaryNodeId(group: string): string {
  return `country:${group}`;
}

const SUMMARY_NODE = /^country:([A-Z]{3}|organizations|none)$/;
const SUMMARY_EDGE = /^country-link:([A-Za-z]+)\|([A-Za-z]+)$/;

/** The groups a summary node or edge stands for ([] for any other id). */
export function summaryGroupsOf(id: string): string[] {
  const node = SUMMARY_NODE.exec(id);
  if (node) return [node[1]];
  const edge = SUMMARY_EDGE.exec(id);
  return edge ? [...new Set([edge[1], edge[2]])] : [];
}

export interface SummaryGroup {
  group: string;
  actors: number;
  events: number;
  meetings: number;
  statements: number;
  /** Events whose every visible actor is of this group: drawn as the node's size, not as a loop. */
  internal: number;
}

/** Everything between two groups: one undirected line, so the summary has no parallel edges to route. */
export interface SummaryLink {
  /** `country-link:A|B` with A < B. */
  id: string;
  source: string;
  target: string;
  meetings: number;
  /** Statements from either group about the other. */
  statements: number;
  occurred: number;
}

export interface CountrySummary {
  /** Busiest first, then by group. */
  groups: SummaryGroup[];
  links: SummaryLink[];
}

/**
 * The visible graph with actors merged by country: per group, its visible actors and events; per
 * pair of groups, the meetings between them and the statements from one about the other. An event
 * counts once per group and once per pair, however many actors of a group it names; a statement
 * links its speaker's group to its targets' groups only.
 */
export function summarizeByCountry(index: DatasetIndex, visible: VisibleSet): CountrySummary {
  const groupOf = new Map<string, string>();
  const groups = new Map<string, SummaryGroup>();
  for (const id of visible.actorIds) {
    const actor = index.actors.get(id);
    if (!actor) continue;
    const group = countryGroupOf(actor);
    groupOf.set(id, group);
    const entry = groups.get(group) ?? { group, actors: 0, events: 0, meetings: 0, statements: 0, internal: 0 };
    entry.actors += 1;
    groups.set(group, entry);
  }
  const links = new Map<string, SummaryLink>();
  const link = (a: string, b: string, meeting: boolean, occurred: boolean) => {
    const [source, target] = a < b ? [a, b] : [b, a];
    const id = `country-link:${source}|${target}`;
    const entry = links.get(id) ?? { id, source, target, meetings: 0, statements: 0, occurred: 0 };
    if (meeting) entry.meetings += 1;
    else entry.statements += 1;
    if (occurred) entry.occurred += 1;
    links.set(id, entry);
  };
  const groupsOf = (ids: readonly string[]) => {
    const found = new Set<string>();
    for (const id of ids) {
      const group = groupOf.get(id);
      if (group !== undefined) found.add(group);
    }
    return found;
  };
  for (const event of visible.events) {
    const occurred = event.status === 'occurred';
    const involved = groupsOf(eventActorIds(event));
    for (const group of involved) {
      const entry = groups.get(group)!;
      entry.events += 1;
      if (event.type === 'meeting') entry.meetings += 1;
      else entry.statements += 1;
      if (involved.size === 1) entry.internal += 1;
    }
    if (event.type === 'meeting') {
      const sides = [...involved];
      for (let i = 0; i < sides.length; i++) for (let j = i + 1; j < sides.length; j++) link(sides[i], sides[j], true, occurred);
    } else {
      const speaker = groupOf.get(event.speaker);
      if (speaker === undefined) continue;
      for (const target of groupsOf(event.targets)) if (target !== speaker) link(speaker, target, false, occurred);
    }
  }
  return {
    groups: [...groups.values()].sort((a, b) => b.events - a.events || (a.group < b.group ? -1 : 1)),
    links: [...links.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

export function summaryNodeSize(events: number): number {
  return Math.min(140, Math.round(30 + 5 * Math.sqrt(events)));
}

export interface SummaryElementOptions {
  countryName: (iso3: string) => string;
  positions: ReadonlyMap<string, Position>;
  /**
   * Events per group that size the nodes, instead of the visible ones: the explorer passes the
   * unfiltered counts, so (with labels that carry no count) a filter restyles no node, only lines.
   */
  sizeEvents?: ReadonlyMap<string, number>;
}

/**
 * Cytoscape elements of a summary: flat data, ids `country:FRA` and `country-link:FRA|IRQ`. A
 * node's label is its group's name; the counts are in the panel.
 */
export function toSummaryElements(summary: CountrySummary, options: SummaryElementOptions): ElementDefinition[] {
  const nodes: ElementDefinition[] = summary.groups.map((group) => {
    const id = summaryNodeId(group.group);
    const position = options.positions.get(id);
    return {
      group: 'nodes',
      data: {
        id,
        label: groupLabel(group.group, options.countryName),
        kind: 'summary',
        group: group.group,
        size: summaryNodeSize(options.sizeEvents?.get(group.group) ?? group.events),
      },
      ...(position ? { position: { x: position.x, y: position.y } } : {}),
    };
  });
  const edges: ElementDefinition[] = summary.links.map((link) => ({
    group: 'edges',
    data: {
      id: link.id,
      source: summaryNodeId(link.source),
      target: summaryNodeId(link.target),
      // Coloured as a statement line only when there is no meeting behind it.
      type: link.meetings > 0 ? 'meeting' : 'statement',
      kind: 'summary',
      meetings: link.meetings,
      statements: link.statements,
      width: edgeWidth(link.meetings + link.statements),
      tentative: link.occurred === 0,
    },
  }));
  return [...nodes, ...edges];
}

/** Whether the full graph of a visible set would have more than READABLE_ELEMENTS elements. */
export function isTooLargeToRead(index: DatasetIndex, visible: VisibleSet): boolean {
  return hasMoreElementsThan(index, visible, READABLE_ELEMENTS);
}

/** Whether the graph is drawn as the country summary. */
export function showsSummary(level: GraphLevel, tooLargeToRead: boolean): boolean {
  return level === 'countries' || (level === 'auto' && tooLargeToRead);
}

/** Distance the summary keeps between country centres, in model units. */
const SUMMARY_SPACING = 220;

/**
 * Where each group's node goes: the centre of all its actors' positions in the full graph (every
 * actor, not only the visible ones, so filters never move a country), pushed apart until no two are
 * closer than SUMMARY_SPACING.
 */
export function summaryPositions(actors: readonly Pick<Actor, 'id' | 'kind' | 'country'>[], positions: ReadonlyMap<string, Position>): Map<string, Position> {
  const sums = new Map<string, { x: number; y: number; n: number }>();
  for (const actor of actors) {
    const position = positions.get(actor.id);
    if (!position) continue;
    const id = summaryNodeId(countryGroupOf(actor));
    const sum = sums.get(id) ?? { x: 0, y: 0, n: 0 };
    sum.x += position.x;
    sum.y += position.y;
    sum.n += 1;
    sums.set(id, sum);
  }
  const ids = [...sums.keys()].sort();
  const points = ids.map((id) => {
    const { x, y, n } = sums.get(id)!;
    return { x: x / n, y: y / n };
  });
  return new Map(spreadApart(points, SUMMARY_SPACING).map((point, i) => [ids[i], point]));
}

/**
 * Moves points apart, in a fixed number of rounds, until no two are closer than `spacing`: each
 * round pushes every too-close pair apart along the line between them (by index when they
 * coincide). Deterministic; meant for the few hundred country nodes at most.
 */
export function spreadApart(points: readonly Position[], spacing: number, rounds = 60): Position[] {
  const moved = points.map(({ x, y }) => ({ x, y }));
  for (let round = 0; round < rounds; round++) {
    let overlapping = false;
    for (let i = 0; i < moved.length; i++) {
      for (let j = i + 1; j < moved.length; j++) {
        const [a, b] = [moved[i], moved[j]];
        let [dx, dy] = [b.x - a.x, b.y - a.y];
        let distance = Math.hypot(dx, dy);
        if (distance >= spacing) continue;
        overlapping = true;
        if (distance === 0) {
          const angle = (i * 7 + j * 13) % 360;
          [dx, dy, distance] = [Math.cos((angle * Math.PI) / 180), Math.sin((angle * Math.PI) / 180), 1];
        }
        const push = (spacing - distance) / 2 / distance;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
      }
    }
    if (!overlapping) break;
  }
  return moved;
}
