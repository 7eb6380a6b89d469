import { describe, expect, it } from 'vitest';
import type { Actor } from '../../schema';
import { FIXTURE_ACTORS, fixtureDataset, largeDataset } from '../testing/fixture';
import { indexDataset } from './dataset-index';
import { graphElementCount, toElements } from './elements';
import { applyFilters, DEFAULT_FILTERS } from './filters';
import {
  isTooLargeToRead,
  READABLE_ELEMENTS,
  showsSummary,
  spreadApart,
  summarizeByCountry,
  summaryGroupsOf,
  summaryNodeId,
  summaryNodeSize,
  summaryPositions,
  toSummaryElements,
  type CountrySummary,
  type GraphLevel,
} from './summary';

const index = indexDataset(fixtureDataset());
const visible = applyFilters(index, DEFAULT_FILTERS);
const countryName = (code: string) => `Country ${code}`;

describe('summaryGroupsOf', () => {
  it.each([
    ['country:FRA', ['FRA']],
    ['country:organizations', ['organizations']],
    ['country-link:FRA|IRQ', ['FRA', 'IRQ']],
    ['country-link:USA|none', ['USA', 'none']],
    ['country-link:FRA>IRQ', []],
    ['ali-khamenei', []],
    ['meeting:a|b', []],
    ['country:fra', []],
  ])('%s → %o', (id, groups) => {
    expect(summaryGroupsOf(id)).toEqual(groups);
  });
});

describe('summarizeByCountry', () => {
  const summary = summarizeByCountry(index, visible);

  it('gives each country its visible actors and events, busiest first', () => {
    // Actors: IRN 1 (Khamenei), IRQ 1 (al-Sudani), PSE 1 (Haniyeh; Hamas has no event), USA 2 (Blinken, United States).
    expect(summary.groups.map(({ group, actors, events, meetings, statements, internal }) => [group, actors, events, meetings, statements, internal])).toEqual([
      ['IRN', 1, 3, 2, 1, 0],
      ['IRQ', 1, 3, 3, 0, 0],
      ['USA', 2, 3, 2, 1, 0],
      ['PSE', 1, 1, 1, 0, 0],
    ]);
  });

  it('aggregates meetings and statements per pair of countries', () => {
    expect(summary.links.map(({ id, meetings, statements, occurred }) => [id, meetings, statements, occurred])).toEqual([
      ['country-link:IRN|IRQ', 1, 0, 1],
      ['country-link:IRN|PSE', 1, 0, 1],
      ['country-link:IRN|USA', 0, 1, 1],
      ['country-link:IRQ|USA', 2, 0, 1],
    ]);
  });

  it('counts a three-country meeting once for each pair and a statement once per target country', () => {
    const events = [
      { ...index.dataset.events[0], id: 'm3', participants: ['ali-khamenei', 'mohammed-shia-al-sudani', 'antony-blinken', 'united-states'] },
      { ...index.dataset.events[1], id: 's2', speaker: 'ali-khamenei', targets: ['united-states', 'antony-blinken', 'ismail-haniyeh'] },
    ] as typeof index.dataset.events;
    const three = indexDataset(fixtureDataset({ events }));
    expect(summarizeByCountry(three, applyFilters(three, DEFAULT_FILTERS)).links.map(({ id, meetings, statements }) => [id, meetings, statements])).toEqual([
      ['country-link:IRN|IRQ', 1, 0],
      ['country-link:IRN|PSE', 0, 1],
      ['country-link:IRN|USA', 1, 1],
      ['country-link:IRQ|USA', 1, 0],
    ]);
  });

  it('counts an event inside one country on the node, never as a link', () => {
    const sameCountry = indexDataset(fixtureDataset({ actors: FIXTURE_ACTORS.map((actor): Actor => (actor.id === 'united-states' ? { ...actor, country: 'IRN' } : actor)) }));
    const result = summarizeByCountry(sameCountry, applyFilters(sameCountry, DEFAULT_FILTERS));
    expect(result.groups.find((group) => group.group === 'IRN')).toMatchObject({ actors: 2, statements: 1, internal: 1 });
    expect(result.links.map((link) => link.id)).not.toContain('country-link:IRN|IRN');
  });

  it('puts actors without a country in their own groups', () => {
    const stateless = indexDataset(
      fixtureDataset({ actors: FIXTURE_ACTORS.map((actor): Actor => (actor.id === 'ismail-haniyeh' ? { ...actor, country: null } : actor.id === 'united-states' ? { ...actor, kind: 'organization', country: null } : actor)) }),
    );
    const result = summarizeByCountry(stateless, applyFilters(stateless, DEFAULT_FILTERS));
    expect(result.groups.map((group) => group.group).sort()).toEqual(['IRN', 'IRQ', 'USA', 'none', 'organizations']);
    expect(result.links.map((link) => link.id)).toContain('country-link:IRN|organizations');
    expect(result.links.map((link) => link.id)).toContain('country-link:IRN|none');
  });

  it('follows the filters', () => {
    const meetingsOnly = summarizeByCountry(index, applyFilters(index, { ...DEFAULT_FILTERS, types: ['meeting'] }));
    expect(meetingsOnly.links.filter((link) => link.statements > 0)).toEqual([]);
    expect(meetingsOnly.groups.find((group) => group.group === 'USA')).toMatchObject({ actors: 1, statements: 0 });
  });
});

describe('toSummaryElements', () => {
  it('makes flat elements with stable ids, placed where asked', () => {
    const positions = new Map([[summaryNodeId('IRN'), { x: 5, y: 6 }]]);
    const elements = toSummaryElements(summarizeByCountry(index, visible), { countryName, positions });
    expect(elements.map((element) => element.data.id)).toEqual([
      'country:IRN',
      'country:IRQ',
      'country:USA',
      'country:PSE',
      'country-link:IRN|IRQ',
      'country-link:IRN|PSE',
      'country-link:IRN|USA',
      'country-link:IRQ|USA',
    ]);
    expect(elements[0]).toEqual({ group: 'nodes', data: { id: 'country:IRN', label: 'Country IRN', kind: 'summary', group: 'IRN', size: summaryNodeSize(3) }, position: { x: 5, y: 6 } });
    expect(elements.find((element) => element.data.id === 'country-link:IRQ|USA')?.data).toMatchObject({ source: 'country:IRQ', target: 'country:USA', type: 'meeting', meetings: 2, statements: 0, tentative: false });
    expect(elements.find((element) => element.data.id === 'country-link:IRN|USA')?.data).toMatchObject({ type: 'statement', meetings: 0, statements: 1 });
    for (const element of elements) {
      for (const value of Object.values(element.data)) expect(['string', 'number', 'boolean']).toContain(typeof value);
    }
  });

  it('sizes the nodes by the given counts, so a filter changes no node', () => {
    const sizeEvents = new Map(summarizeByCountry(index, visible).groups.map((group) => [group.group, group.events]));
    const nodes = (summary: CountrySummary) => toSummaryElements(summary, { countryName, positions: new Map(), sizeEvents }).filter((element) => element.group === 'nodes');
    const all = new Map(nodes(summarizeByCountry(index, visible)).map((node) => [node.data.id, node]));
    const meetingsOnly = nodes(summarizeByCountry(index, applyFilters(index, { ...DEFAULT_FILTERS, types: ['meeting'] })));
    expect(meetingsOnly.length).toBeGreaterThan(0);
    for (const node of meetingsOnly) expect(node).toEqual(all.get(node.data.id));
  });
});

describe('showsSummary', () => {
  it.each([
    ['auto', false, false],
    ['auto', true, true],
    ['countries', false, true],
    ['actors', true, false],
  ] as [GraphLevel, boolean, boolean][])('%s, too large to read: %s → %s', (level, tooLarge, expected) => {
    expect(showsSummary(level, tooLarge)).toBe(expected);
  });

  it('counts the elements the full graph would draw', () => {
    expect(graphElementCount(index, visible)).toBe(toElements(index, visible, { groupByCountry: false, countryName }).length);
  });

  it.each([
    ['the seed-sized fixture', fixtureDataset()],
    ['more actors than the limit', largeDataset(3000, 1500)],
    ['fewer actors than the limit, but with their edges more', largeDataset(5000, 1200)],
    ['actors and edges together under the limit', largeDataset(500, 300)],
  ])('%s: too large exactly when the full graph has more elements than the limit', (_name, data) => {
    const dataIndex = indexDataset(data);
    const set = applyFilters(dataIndex, DEFAULT_FILTERS);
    expect(isTooLargeToRead(dataIndex, set)).toBe(graphElementCount(dataIndex, set) > READABLE_ELEMENTS);
  });
});

describe('summaryPositions', () => {
  it('puts a country at the centre of all its actors, whatever the filters', () => {
    const positions = new Map([
      ['antony-blinken', { x: 0, y: 0 }],
      ['united-states', { x: 1000, y: 400 }],
      ['ali-khamenei', { x: -2000, y: 0 }],
    ]);
    const placed = summaryPositions(FIXTURE_ACTORS, positions);
    expect(placed.get('country:USA')).toEqual({ x: 500, y: 200 });
    expect(placed.get('country:IRN')).toEqual({ x: -2000, y: 0 });
    expect(placed.has('country:IRQ')).toBe(false);
  });
});

describe('spreadApart', () => {
  it.each([
    ['far apart points stay put', [{ x: 0, y: 0 }, { x: 500, y: 0 }]],
    ['close points move apart', [{ x: 0, y: 0 }, { x: 10, y: 0 }]],
    ['coinciding points move apart', [{ x: 3, y: 3 }, { x: 3, y: 3 }, { x: 3, y: 3 }]],
  ])('%s to at least the spacing', (_name, points) => {
    const spread = spreadApart(points, 200);
    for (let i = 0; i < spread.length; i++) {
      for (let j = i + 1; j < spread.length; j++) expect(Math.hypot(spread[i].x - spread[j].x, spread[i].y - spread[j].y)).toBeGreaterThanOrEqual(199.9);
    }
    if (points[1].x === 500) expect(spread).toEqual(points);
  });
});
