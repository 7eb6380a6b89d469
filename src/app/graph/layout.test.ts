import { describe, expect, it } from 'vitest';
import { nearestNeighbourDistances, scaleLayout } from './layout';

describe('nearestNeighbourDistances', () => {
  it.each([
    ['no points', [], []],
    ['one point', [{ x: 1, y: 1 }], [Infinity]],
    ['two points', [{ x: 0, y: 0 }, { x: 3, y: 4 }], [5, 5]],
    ['a point on top of another is no neighbour', [{ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 0, y: 2 }], [2, 2, 2]],
    ['the nearest is far in x but close overall', [{ x: 0, y: 0 }, { x: 1, y: 10 }, { x: 3, y: 0 }], [3, Math.hypot(1, 10), 3]],
  ])('%s', (_name, points, expected) => {
    expect(nearestNeighbourDistances(points)).toEqual(expected);
  });

  it('agrees with comparing every pair on scattered points', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const points = Array.from({ length: 400 }, () => ({ x: Math.round(random() * 1000), y: Math.round(random() * 300) }));
    const everyPair = points.map((a) => Math.min(...points.map((b) => Math.hypot(a.x - b.x, a.y - b.y)).filter((distance) => distance > 0)));
    expect(nearestNeighbourDistances(points)).toEqual(everyPair);
  });
});

describe('scaleLayout', () => {
  it('spreads a precomputed layout so neighbours sit 120 units apart, keeping its shape', () => {
    const scaled = scaleLayout({ a: { x: 0, y: 0 }, b: { x: 10, y: 0 }, c: { x: 0, y: 20 } });
    expect([...scaled]).toEqual([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 120, y: 0 }],
      ['c', { x: 0, y: 240 }],
    ]);
  });

  it.each([
    [{}, []],
    [{ a: { x: 3, y: 4 } }, [['a', { x: 3, y: 4 }]]],
  ])('leaves %o as it is', (layout, expected) => {
    expect([...scaleLayout(layout)]).toEqual(expected);
  });
});
