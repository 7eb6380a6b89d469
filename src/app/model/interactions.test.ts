import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../testing/fixture';
import { indexDataset } from './dataset-index';
import { compareNewestFirst, counterpartsOf, firstReported, formatEventDate, interactionsByCounterpart } from './interactions';

const index = indexDataset(fixtureDataset());
const events = index.dataset.events;

describe('interactionsByCounterpart', () => {
  it('groups by counterpart, newest first, undated last', () => {
    const groups = interactionsByCounterpart(events, 'ali-khamenei');
    expect(groups.map((group) => [group.counterpartId, group.events.map((event) => event.id)])).toEqual([
      ['mohammed-shia-al-sudani', ['m-khamenei-sudani']],
      ['united-states', ['s-khamenei-us']],
      ['ismail-haniyeh', ['m-haniyeh-khamenei']],
    ]);
  });

  it('orders events within a group newest first', () => {
    const groups = interactionsByCounterpart(events, 'antony-blinken');
    expect(groups[0].events.map((event) => event.id)).toEqual(['m-blinken-sudani-planned', 'm-blinken-sudani']);
  });

  it('sees a statement from its target as coming from the speaker', () => {
    expect(counterpartsOf(events[1], 'united-states')).toEqual(['ali-khamenei']);
    expect(counterpartsOf(events[1], 'ali-khamenei')).toEqual(['united-states']);
  });

  it('puts undated events after dated ones', () => {
    expect([...events].sort(compareNewestFirst).at(-1)?.id).toBe('m-haniyeh-khamenei');
  });
});

describe('firstReported', () => {
  it('is the earliest dated document of the evidence', () => {
    expect(firstReported(events[0], index)).toMatchObject({ date: '2023-11-06', document: { id: 'nyt' } });
    expect(firstReported(events[2], index)).toBeNull();
  });
});

describe('formatEventDate', () => {
  it.each([
    [null, 'day', 'undated'],
    ['2023-11-06', 'day', '6 Nov 2023'],
    ['2023-11-01', 'month', 'Nov 2023'],
    ['2023-01-01', 'year', '2023'],
  ] as const)('%s (%s) → %s', (date, precision, text) => {
    expect(formatEventDate(date, precision)).toBe(text);
  });
});
