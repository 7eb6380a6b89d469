/**
 * The force-directed layouts made in the browser: the country-grouped first layout and the
 * Re-layout button. Loaded on demand (dynamic import): the first graph uses the pipeline's
 * precomputed positions and does not need fcose.
 */
import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type LayoutOptions, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

/** Both ends inside the same country box. */
function withinGroup(edge: EdgeSingular): boolean {
  const parent = edge.source().parent();
  return parent.nonempty() && parent.same(edge.target().parent());
}

/**
 * fcose settings shared by the first layout and the re-layout button. In country groups, edges
 * inside a box are short and stiff and edges between boxes long and slack, so the boxes keep
 * apart (tried on the seed corpus: no box overlaps another).
 */
export function fcoseOptions(animate: boolean, grouped: boolean): LayoutOptions {
  const shared = { name: 'fcose', animate, animationDuration: 400, randomize: true, quality: 'proof', nodeDimensionsIncludeLabels: true, padding: 30 };
  if (grouped) {
    return {
      ...shared,
      nodeRepulsion: () => 10000,
      idealEdgeLength: (edge: EdgeSingular) => (withinGroup(edge) ? 40 : 160),
      edgeElasticity: (edge: EdgeSingular) => (withinGroup(edge) ? 0.45 : 0.1),
      nestingFactor: 0.1,
      gravityCompound: 2,
    } as LayoutOptions;
  }
  return {
    ...shared,
    nodeRepulsion: () => 25000,
    // Hubs get longer edges so their crowded neighbourhoods open up.
    idealEdgeLength: (edge: EdgeSingular) => 110 + 14 * Math.sqrt(edge.source().degree(false) + edge.target().degree(false)),
    nodeSeparation: 120,
  } as LayoutOptions;
}

/**
 * Lays out the whole (unfiltered) graph once without a screen, so every later filtered view reuses
 * these positions and nothing jumps.
 */
export function computePositions(elements: ElementDefinition[], grouped: boolean): Map<string, Position> {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // Without a screen there is no text to measure: reserve room for each label under its node.
    elements: elements.map(({ position: _position, ...element }) =>
      element.group === 'nodes' && typeof element.data.size === 'number'
        ? { ...element, data: { ...element.data, boxWidth: Math.max(element.data.size, Math.min(130, String(element.data.label).length * 7)), boxHeight: element.data.size + 22 } }
        : element,
    ),
    style: [
      { selector: 'node[boxWidth]', style: { width: 'data(boxWidth)', height: 'data(boxHeight)' } },
      { selector: ':parent', style: { padding: '30px' } },
    ],
  });
  // fcose has no seed option; a seeded Math.random while it runs gives the same picture on every load.
  const random = Math.random;
  Math.random = seededRandom(0x5eed);
  try {
    cy.layout(fcoseOptions(false, grouped)).run();
  } finally {
    Math.random = random;
  }
  const positions = new Map<string, Position>();
  cy.nodes().forEach((node) => {
    if (!node.isParent()) positions.set(node.id(), { ...node.position() });
  });
  cy.destroy();
  return positions;
}

/** Runs fcose, animated, on the drawn graph; resolves with the new positions of its leaf nodes. */
export function relayoutDrawing(cy: Core, grouped: boolean): Promise<Map<string, Position>> {
  return new Promise((resolve) => {
    // Elements a filter hid stay where they were (GraphView hides them instead of removing them).
    const shown = cy.elements(':visible');
    const layout = shown.layout(fcoseOptions(true, grouped));
    layout.one('layoutstop', () => {
      const positions = new Map<string, Position>();
      shown.nodes().forEach((node) => {
        if (!node.isParent()) positions.set(node.id(), { ...node.position() });
      });
      resolve(positions);
    });
    layout.run();
  });
}

/** mulberry32: a small, fast 32-bit PRNG. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
