import cytoscape, { type ElementDefinition, type LayoutOptions, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

/** fcose settings shared by the first layout and the re-layout button. */
export function fcoseOptions(animate: boolean): LayoutOptions {
  return {
    name: 'fcose',
    animate,
    animationDuration: 400,
    randomize: true,
    quality: 'default',
    nodeDimensionsIncludeLabels: true,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 110,
    nodeSeparation: 90,
    padding: 30,
  } as LayoutOptions;
}

/**
 * Lays out the whole (unfiltered) graph once without a screen, so every later filtered view reuses
 * these positions and nothing jumps.
 */
export function computePositions(elements: ElementDefinition[]): Map<string, Position> {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: elements.map(({ position: _position, ...element }) => element),
    style: [
      { selector: 'node', style: { width: 'data(size)', height: 'data(size)' } },
      { selector: ':parent', style: { padding: '24px' } },
    ],
  });
  cy.layout(fcoseOptions(false)).run();
  const positions = new Map<string, Position>();
  cy.nodes().forEach((node) => {
    if (!node.isParent()) positions.set(node.id(), { ...node.position() });
  });
  cy.destroy();
  return positions;
}
