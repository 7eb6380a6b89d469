import { describe, expect, it } from 'vitest';
import { HeapGrowthLimit } from './heap-growth';

const MB = 2 ** 20;

describe('HeapGrowthLimit', () => {
  /** A heap whose use the test sets, and which a collection brings down to what it holds. */
  function heap(holds: number, minSlack = 32 * MB) {
    const state = { used: holds, holds, collections: 0, young: 0 };
    const limit = new HeapGrowthLimit(
      1.25,
      minSlack,
      () => state.used,
      () => {
        state.collections++;
        state.used = state.holds;
      },
      () => state.young,
    );
    return { state, limit };
  }

  it('leaves the heap alone until it outgrows what the last collection kept times the factor, plus the slack', () => {
    const { state, limit } = heap(100 * MB);
    state.used = 157 * MB;
    expect(limit.check()).toBe(false);
    state.used = 158 * MB;
    expect(limit.check()).toBe(true);
    expect(state.collections).toBe(1);
  });

  it('measures the next limit from what the collection kept', () => {
    const { state, limit } = heap(100 * MB);
    state.holds = 200 * MB;
    state.used = 300 * MB;
    expect(limit.check()).toBe(true);
    state.used = 282 * MB;
    expect(limit.check()).toBe(false);
    state.used = 283 * MB;
    expect(limit.check()).toBe(true);
    expect(state.collections).toBe(2);
  });

  it('leaves room for the young generation as committed, when it is larger than the minimum slack', () => {
    const { state, limit } = heap(100 * MB, 8 * MB);
    state.used = 134 * MB;
    expect(limit.check()).toBe(true);
    state.young = 32 * MB;
    state.used = 157 * MB;
    expect(limit.check()).toBe(false);
    state.young = 8 * MB;
    expect(limit.check()).toBe(true);
    expect(state.collections).toBe(2);
  });

  it('collects with V8 when given no collector', () => {
    const limit = new HeapGrowthLimit(1, 0, undefined, undefined, () => 0);
    // A heap never shrinks to nothing, so with no room to grow every check collects.
    expect(limit.check()).toBe(true);
  });
});
