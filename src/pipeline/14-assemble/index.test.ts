import { describe, expect, it } from 'vitest';
import type { DiplographEvent } from '../../schema';
import { compareCodeUnits } from '../01-ingest';
import { byDateThenId } from '.';

describe('byDateThenId', () => {
  it('orders as one stable sort by date (undated last) and id would', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const dates = ['2024-03-01', '2024-03-02', '2023-12-31', '9999', null];
    const events = Array.from({ length: 500 }, (_, n) => ({ id: `meeting-${random(40).toString(16)}`, date: dates[random(dates.length)], n }) as unknown as DiplographEvent);
    const expected = [...events].sort((a, b) => compareCodeUnits(a.date ?? '9999', b.date ?? '9999') || compareCodeUnits(a.id, b.id));
    expect(byDateThenId(events)).toEqual(expected);
    expect(byDateThenId(events).map((event) => (event as unknown as { n: number }).n)).toEqual(expected.map((event) => (event as unknown as { n: number }).n));
  });
});
