/**
 * Precomputes node positions with Cytoscape's headless mode and the fCoSE force layout, so the
 * explorer opens on a preset layout and keeps positions stable under filters. Deterministic: nodes
 * start on a circle in id order and the layout does not randomize; positions are rounded.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Dataset, Layout } from '../../schema';
import type { Stage } from '../types';

cytoscape.use(fcose);

export const layout: Stage = (state) => {
  if (!state.dataset) throw new Error('layout needs the assembled dataset');
  return { ...state, dataset: { ...state.dataset, layout: computeLayout(state.dataset) } };
};

export function computeLayout(dataset: Dataset): Layout {
  const actors = [...dataset.actors].sort((a, b) => a.id.localeCompare(b.id));
  const radius = 40 * Math.sqrt(actors.length + 1);
  const elements: ElementDefinition[] = actors.map((actor, i) => ({
    data: { id: actor.id },
    position: { x: radius * Math.cos((2 * Math.PI * i) / actors.length), y: radius * Math.sin((2 * Math.PI * i) / actors.length) },
  }));
  const pairs = new Set<string>();
  for (const event of dataset.events) {
    const ends = event.type === 'meeting' ? event.participants : [event.speaker, ...event.targets];
    const [first, ...rest] = ends;
    for (const other of rest) {
      const key = [first, other].sort().join('|');
      pairs.add(key);
    }
  }
  for (const key of [...pairs].sort()) {
    const [source, target] = key.split('|');
    elements.push({ data: { id: `pair:${key}`, source, target } });
  }
  const cy = cytoscape({ headless: true, elements });
  if (actors.length > 1) cy.layout({ name: 'fcose', randomize: false, animate: false, quality: 'default' } as cytoscape.LayoutOptions).run();
  const positions: Layout = {};
  for (const node of cy.nodes().toArray()) {
    const { x, y } = node.position();
    positions[node.id()] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  }
  return positions;
}
