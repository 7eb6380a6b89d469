import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../testing/fixture';
import { indexDataset } from '../model/dataset-index';
import { toElements } from '../model/elements';
import { applyFilters, DEFAULT_FILTERS } from '../model/filters';
import { computePositions } from './fcose-layout';

const index = indexDataset(fixtureDataset());
const elements = (grouped: boolean) => toElements(index, applyFilters(index, DEFAULT_FILTERS), { groupByCountry: grouped, countryName: (code) => code });

describe('computePositions', () => {
  it.each([false, true])('places every actor, the same way each time (grouped: %s)', (grouped) => {
    const first = computePositions(elements(grouped), grouped);
    const second = computePositions(elements(grouped), grouped);
    expect([...first.keys()].sort()).toEqual([...applyFilters(index, DEFAULT_FILTERS).actorIds].sort());
    expect(second).toEqual(first);
    for (const { x, y } of first.values()) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });

  it('keeps connected actors apart', () => {
    const positions = computePositions(elements(false), false);
    const a = positions.get('ali-khamenei')!;
    const b = positions.get('mohammed-shia-al-sudani')!;
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(30);
  });

  it('leaves Math.random as it was', () => {
    const random = Math.random;
    computePositions(elements(false), false);
    expect(Math.random).toBe(random);
  });
});
