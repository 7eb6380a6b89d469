import { describe, expect, it } from 'vitest';
import { chooseBinUnit, timelineBins } from './timeline';

describe('chooseBinUnit', () => {
  it.each([
    [['2023-11-01', '2023-11-30'], 'day'],
    [['2023-01-01', '2024-06-30'], 'month'],
    [['1999-12-29', '2025-04-14'], 'year'],
  ] as const)('%o → %s', (extent, unit) => {
    expect(chooseBinUnit(extent, 60)).toBe(unit);
  });
});

describe('timelineBins', () => {
  it('counts dated events per bin and skips undated ones', () => {
    const { unit, bins } = timelineBins(['2023-10-07', '2023-12-02'], ['2023-10-07', '2023-11-06', '2023-11-06', null, '2023-12-02'], 12);
    expect(unit).toBe('month');
    expect(bins).toEqual([
      { start: '2023-10-01', end: '2023-10-31', count: 1 },
      { start: '2023-11-01', end: '2023-11-30', count: 2 },
      { start: '2023-12-01', end: '2023-12-31', count: 1 },
    ]);
  });

  it('handles leap years in day bins', () => {
    const { bins } = timelineBins(['2024-02-28', '2024-03-01'], ['2024-02-29']);
    expect(bins.map((bin) => [bin.start, bin.count])).toEqual([
      ['2024-02-28', 0],
      ['2024-02-29', 1],
      ['2024-03-01', 0],
    ]);
  });
});
