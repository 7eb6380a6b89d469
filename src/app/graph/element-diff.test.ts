import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { diffElements, fitViewport } from './element-diff';

const node = (id: string, data: Record<string, unknown> = {}, position?: { x: number; y: number }): ElementDefinition => ({ group: 'nodes', data: { id, ...data }, ...(position ? { position } : {}) });
const edge = (id: string, source: string, target: string, data: Record<string, unknown> = {}): ElementDefinition => ({ group: 'edges', data: { id, source, target, ...data } });
const byId = (elements: ElementDefinition[]) => new Map(elements.map((element) => [String(element.data.id), element]));

describe('diffElements', () => {
  const none = { remove: [], add: [], hide: [], show: [], update: [] };
  it.each([
    ['nothing drawn yet: everything is added', [], [], [node('a'), node('b')], { ...none, add: ['a', 'b'] }],
    ['the same elements again: nothing to do', [node('a', { size: 3 }, { x: 1, y: 2 }), edge('e', 'a', 'a')], [], [node('a', { size: 3 }, { x: 1, y: 2 }), edge('e', 'a', 'a')], none],
    ['a filtered-out edge is hidden', [node('a'), node('b'), edge('e', 'a', 'b')], [], [node('a'), node('b')], { ...none, hide: ['e'] }],
    ['a hidden edge stays hidden', [node('a'), node('b'), edge('e', 'a', 'b')], ['e'], [node('a'), node('b')], none],
    ['a hidden edge brought back is shown', [node('a'), node('b'), edge('e', 'a', 'b')], ['e'], [node('a'), node('b'), edge('e', 'a', 'b')], { ...none, show: ['e'] }],
    ['a hidden edge brought back with another count is shown and updated', [edge('e', 'a', 'b', { count: 1 })], ['e'], [edge('e', 'a', 'b', { count: 2 })], { ...none, show: ['e'], update: ['e:data'] }],
    ['a changed count updates the data', [node('a', { size: 3 })], [], [node('a', { size: 5 })], { ...none, update: ['a:data'] }],
    ['a data key that appears updates the data', [node('a')], [], [node('a', { parent: undefined, size: 1 })], { ...none, update: ['a:data'] }],
    ['a moved node updates the position', [node('a', {}, { x: 0, y: 0 })], [], [node('a', {}, { x: 5, y: 0 })], { ...none, update: ['a:position'] }],
    ['a new parent re-adds the node', [node('a', { parent: 'g1' })], [], [node('a', { parent: 'g2' })], { ...none, remove: ['a'], add: ['a'] }],
    ['a hidden node with a new parent is re-added, not shown', [node('a', { parent: 'g1' })], ['a'], [node('a', { parent: 'g2' })], { ...none, remove: ['a'], add: ['a'] }],
    ['a new source re-adds the edge', [edge('e', 'a', 'b')], [], [edge('e', 'c', 'b')], { ...none, remove: ['e'], add: ['e'] }],
  ])('%s', (_name, drawn, hidden, next, expected) => {
    const diff = diffElements(byId(drawn), new Set(hidden), next);
    expect({
      remove: diff.remove,
      add: diff.add.map((element) => element.data.id),
      hide: [...diff.hide.members, ...diff.hide.others],
      show: [...diff.show.members, ...diff.show.others],
      update: diff.update.flatMap((change) => [...(change.data ? [`${change.id}:data`] : []), ...(change.position ? [`${change.id}:position`] : [])]),
    }).toEqual(expected);
  });

  it('keeps the members of a country box apart from the rest, by their data', () => {
    const drawn = [node('box'), node('a', { parent: 'box' }), node('b'), edge('ab', 'a', 'b'), node('c', { parent: 'box' }), node('d')];
    const diff = diffElements(byId(drawn), new Set(['c', 'd']), [node('box'), node('c', { parent: 'box' }), node('d')]);
    expect(diff.hide).toEqual({ members: ['a'], others: ['b', 'ab'] });
    expect(diff.show).toEqual({ members: ['c'], others: ['d'] });
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
