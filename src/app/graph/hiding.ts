import type { Collection, Core } from 'cytoscape';

/**
 * Elements a filter leaves out are hidden with `visibility: hidden`, which Cytoscape treats as a
 * change of paint only. `display: none` also takes an element out of the graph's bounds, so
 * Cytoscape recomputes the bounds of each element and of every line at each of its nodes: at 20k
 * elements a third to a half of a filter click's main-thread time (docs/PERFORMANCE.md). Members
 * of a country box are the exception: a box spans the bounds of its members, hidden or not. Which
 * elements are members, the caller knows from their data (`diffElements`), without asking Cytoscape.
 */
export function hideElements(members: Collection, others: Collection): void {
  members.style('display', 'none');
  others.style('visibility', 'hidden');
}

/** Undoes hideElements. */
export function showElements(members: Collection, others: Collection): void {
  members.style('display', 'element');
  others.style('visibility', 'visible');
}

/** The elements drawn: what fitting the view should frame. */
export function shownElements(cy: Core): Collection {
  return cy.elements(':visible');
}

/**
 * Runs `draw` with the hidden elements out of the graph's bounds too, for what measures the whole
 * graph (a PNG of it), then hides them again the cheap way.
 */
export function withHiddenOutOfBounds<T>(cy: Core, draw: () => T): T {
  const hidden = cy.elements().filter((element) => element.style('visibility') === 'hidden');
  cy.batch(() => hidden.style('display', 'none'));
  try {
    return draw();
  } finally {
    cy.batch(() => hidden.style('display', 'element'));
  }
}
