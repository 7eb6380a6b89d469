/**
 * Precomputes node positions with Cytoscape's headless mode and the fCoSE force layout, so the
 * explorer opens on a preset layout and keeps positions stable under filters. Deterministic: nodes
 * enter in id order, randomness is seeded, positions are rounded.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Layout } from '../../schema';
import { compareCodeUnits } from '../01-ingest';
import type { Stage } from '../types';
import { layoutGraph, type LayoutGraph } from './graph';

cytoscape.use(fcose);

const LARGE_GRAPH_NODES = 400;
const LARGE_GRAPH_EDGES = 1500;
const HUGE_GRAPH_NODES = 3000;
/** In a graph with more pairs than LARGE_GRAPH_EDGES, each actor pulls on its busiest few partners only. */
const LAYOUT_PAIRS_PER_ACTOR = 6;

export const layout: Stage = (state) => {
  if (!state.dataset) throw new Error('layout needs the assembled dataset');
  return { ...state, dataset: { ...state.dataset, layout: computeLayout(layoutGraph(state.dataset)) } };
};

/**
 * fCoSE's spectral start draws random samples; a fixed-seed generator (mulberry32) stands in for
 * Math.random while the synchronous layout runs, so the same graph always gets the same drawing.
 */
function withSeededRandom(run: () => void): void {
  const original = Math.random;
  let seed = 0x9e3779b9;
  Math.random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    run();
  } finally {
    Math.random = original;
  }
}

export function computeLayout(graph: LayoutGraph): Layout {
  const actors = [...graph.actorIds].sort((a, b) => a.localeCompare(b));
  const radius = 40 * Math.sqrt(actors.length + 1);
  const elements: ElementDefinition[] = actors.map((id, i) => ({
    data: { id },
    position: { x: radius * Math.cos((2 * Math.PI * i) / actors.length), y: radius * Math.sin((2 * Math.PI * i) / actors.length) },
  }));
  const { pairs, dense } = layoutPairs(graph);
  for (const key of [...pairs].sort()) {
    const [source, target] = key.split('|');
    elements.push({ data: { id: `pair:${key}`, source, target } });
  }
  const cy = cytoscape({ headless: true, elements });
  // fCoSE's force phase grows faster than linearly; past a few hundred nodes its spectral draft is the
  // affordable choice, and past a few thousand even that is too slow: rings by degree, busiest inside.
  if (actors.length > HUGE_GRAPH_NODES) {
    cy.layout({ name: 'concentric', animate: false, concentric: (node: cytoscape.NodeSingular) => node.degree(false), minNodeSpacing: 20 } as cytoscape.LayoutOptions).run();
  } else if (actors.length > 1) {
    const quality = actors.length > LARGE_GRAPH_NODES || dense ? 'draft' : 'default';
    withSeededRandom(() => cy.layout({ name: 'fcose', randomize: true, animate: false, quality } as cytoscape.LayoutOptions).run());
  }
  const positions: Layout = {};
  for (const node of cy.nodes().toArray()) {
    const { x, y } = node.position();
    positions[node.id()] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  }
  return positions;
}

/**
 * The actor pairs that pull on each other. A dense graph keeps, for every actor, its busiest pairs
 * (most events; ties by key): fCoSE's spectral draft spends most of its time walking edges, and the
 * busiest pairs already hold the drawing's structure (at 10k synthetic articles, 441 actors: 6 s to
 * well under 1 s).
 */
function layoutPairs(graph: LayoutGraph): { pairs: Set<string>; dense: boolean } {
  // Counted by actor, then by partner: a key string per event and pair was most of this stage's own time.
  const counts = new Map<string, Map<string, number>>();
  const count = (first: string, other: string) => {
    const [low, high] = first < other ? [first, other] : [other, first];
    let partners = counts.get(low);
    if (!partners) counts.set(low, (partners = new Map()));
    partners.set(high, (partners.get(high) ?? 0) + 1);
  };
  for (let i = 0; i < graph.pairs.length; i += 2) count(graph.actorIds[graph.pairs[i]], graph.actorIds[graph.pairs[i + 1]]);
  const weights = new Map<string, number>();
  for (const [low, partners] of counts) for (const [high, weight] of partners) weights.set(`${low}|${high}`, weight);
  if (weights.size <= LARGE_GRAPH_EDGES) return { pairs: new Set(weights.keys()), dense: false };
  const byActor = new Map<string, string[]>();
  for (const key of weights.keys()) {
    for (const actor of key.split('|')) {
      const list = byActor.get(actor) ?? [];
      list.push(key);
      byActor.set(actor, list);
    }
  }
  const kept = new Set<string>();
  for (const keys of byActor.values()) {
    keys.sort((a, b) => weights.get(b)! - weights.get(a)! || compareCodeUnits(a, b));
    for (const key of keys.slice(0, LAYOUT_PAIRS_PER_ACTOR)) kept.add(key);
  }
  return { pairs: kept, dense: true };
}
