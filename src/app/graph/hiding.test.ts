import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { hideElements, showElements, shownElements, withHiddenOutOfBounds } from './hiding';

/** A country box holding a, and b and c outside it, in a row 100 units apart. */
function graph() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    style: [{ selector: 'node', style: { width: 10, height: 10 } }],
    elements: [
      { data: { id: 'box' } },
      { data: { id: 'a', parent: 'box' }, position: { x: 0, y: 0 } },
      { data: { id: 'b' }, position: { x: 100, y: 0 } },
      { data: { id: 'c' }, position: { x: 200, y: 0 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'bc', source: 'b', target: 'c' } },
    ],
  });
}

const ids = (collection: cytoscape.Collection) => collection.map((element) => element.id()).sort();

describe('hideElements and showElements', () => {
  it('hide what they are given and bring it back', () => {
    const cy = graph();
    hideElements(cy.$('#a'), cy.$('#c, #bc, #ab'));
    expect(ids(shownElements(cy))).toEqual(['b', 'box']);
    showElements(cy.$('#a'), cy.$('#c, #bc, #ab'));
    expect(ids(shownElements(cy))).toEqual(ids(cy.elements()));
  });

  it('take a member out of its box, which shrinks to the members shown', () => {
    const cy = graph();
    cy.add({ data: { id: 'd', parent: 'box' }, position: { x: 0, y: 300 } });
    hideElements(cy.$('#d'), cy.collection());
    expect(cy.$('#box').boundingBox().h).toBeLessThan(100);
  });
});

describe('withHiddenOutOfBounds', () => {
  it('measures the graph without what is hidden, and leaves it hidden', () => {
    const cy = graph();
    hideElements(cy.collection(), cy.$('#c, #bc'));
    const width = withHiddenOutOfBounds(cy, () => cy.elements().boundingBox().w);
    expect(width).toBeLessThan(150);
    expect(ids(shownElements(cy))).toEqual(['a', 'ab', 'b', 'box']);
    expect(cy.elements().boundingBox().w).toBeGreaterThan(200);
  });
});
