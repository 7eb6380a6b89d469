import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { diffElements, fitViewport } from './element-diff';

const node = (id: string, data: Record<string, unknown> = {}, position?: { x: number; y: number }): ElementDefinition => ({ group: 'nodes', data: { id, ...data }, ...(position ? { position } : {}) });
const edge = (id: string, source: string, target: string, data: Record<string, unknown> = {}): ElementDefinition => ({ group: 'edges', data: { id, source, target, ...data } });
const byId = (elements: ElementDefinition[]) => new Map(elements.map((element) => [String(element.data.id), element]));

describe('diffElements', () => {
  it.each([
    ['nothing drawn yet: everything is added', [], [node('a'), node('b')], { remove: [], add: ['a', 'b'], update: [] }],
    ['the same elements again: nothing to do', [node('a', { size: 3 }, { x: 1, y: 2 }), edge('e', 'a', 'a')], [node('a', { size: 3 }, { x: 1, y: 2 }), edge('e', 'a', 'a')], { remove: [], add: [], update: [] }],
    ['a filtered-out edge is removed', [node('a'), node('b'), edge('e', 'a', 'b')], [node('a'), node('b')], { remove: ['e'], add: [], update: [] }],
    ['a changed count updates the data', [node('a', { size: 3 })], [node('a', { size: 5 })], { remove: [], add: [], update: ['a:data'] }],
    ['a data key that appears updates the data', [node('a')], [node('a', { parent: undefined, size: 1 })], { remove: [], add: [], update: ['a:data'] }],
    ['a moved node updates the position', [node('a', {}, { x: 0, y: 0 })], [node('a', {}, { x: 5, y: 0 })], { remove: [], add: [], update: ['a:position'] }],
    ['a new parent re-adds the node', [node('a', { parent: 'g1' })], [node('a', { parent: 'g2' })], { remove: ['a'], add: ['a'], update: [] }],
    ['a new source re-adds the edge', [edge('e', 'a', 'b')], [edge('e', 'c', 'b')], { remove: ['e'], add: ['e'], update: [] }],
  ])('%s', (_name, previous, next, expected) => {
    const diff = diffElements(byId(previous), next);
    expect({
      remove: diff.remove,
      add: diff.add.map((element) => element.data.id),
      update: diff.update.flatMap((change) => [...(change.data ? [`${change.id}:data`] : []), ...(change.position ? [`${change.id}:position`] : [])]),
    }).toEqual(expected);
  });
});

describe('fitViewport', () => {
  it.each([
    ['one node in the middle, zoom capped', [{ x: 10, y: 20, size: 20 }], 200, 100, 0, [0.1, 4], { zoom: 4, pan: { x: 60, y: -30 } }],
    ['two nodes fill the width', [{ x: 0, y: 0, size: 0 }, { x: 100, y: 0, size: 0 }], 220, 400, 10, [0.1, 4], { zoom: 2, pan: { x: 10, y: 200 } }],
    ['a huge drawing stops at the smallest zoom', [{ x: 0, y: 0, size: 0 }, { x: 1e6, y: 0, size: 0 }], 100, 100, 0, [0.1, 4], { zoom: 0.1, pan: { x: -49950, y: 50 } }],
  ] as const)('%s', (_name, nodes, width, height, padding, range, expected) => {
    expect(fitViewport(nodes, width, height, padding, [...range])).toEqual(expected);
  });

  it.each([
    [[], 100, 100],
    [[{ x: 0, y: 0, size: 1 }], 0, 100],
  ])('fits nothing without nodes or room (%j, %i×%i)', (nodes, width, height) => {
    expect(fitViewport(nodes, width, height, 0, [0.1, 4])).toBeNull();
  });
});
