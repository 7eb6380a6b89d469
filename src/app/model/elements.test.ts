import { describe, expect, it } from 'vitest';
import type { DiplographEvent, Meeting } from '../../schema';
import { fixtureDataset, largeDataset } from '../testing/fixture';
import { indexDataset, type DatasetIndex } from './dataset-index';
import { edgeId, edgesOfEvent, eventsForEdge, parseEdgeId } from './edges';
import { edgeWidth, hasMoreElementsThan, nodeSize, toElements } from './elements';
import { applyFilters, DEFAULT_FILTERS, type Filters, type VisibleSet } from './filters';

const index = indexDataset(fixtureDataset());
const countryName = (code: string) => `Country ${code}`;

describe('edge ids', () => {
  it.each([
    ['meeting', 'b', 'a', 'meeting:a|b'],
    ['meeting', 'a', 'b', 'meeting:a|b'],
    ['statement', 'b', 'a', 'statement:b>a'],
  ] as const)('%s %s %s → %s', (type, source, target, id) => {
    expect(edgeId(type, source, target)).toBe(id);
    expect(parseEdgeId(id)).toMatchObject({ type, id });
  });

  it.each(['', 'meeting:a', 'meeting:a>b', 'statement:a|b', 'other:a|b', 'meeting:A|b', 'meeting:a|b extra'])('rejects %j', (id) => {
    expect(parseEdgeId(id)).toBeNull();
  });

  it('splits a three-way meeting into its pairs', () => {
    const meeting: DiplographEvent = { ...(fixtureDataset().events[0] as Meeting), participants: ['c', 'a', 'b'] };
    expect(edgesOfEvent(meeting, () => true).map((edge) => edge.id)).toEqual(['meeting:a|b', 'meeting:a|c', 'meeting:b|c']);
    expect(edgesOfEvent(meeting, (id) => id !== 'c').map((edge) => edge.id)).toEqual(['meeting:a|b']);
  });

  it('finds the events behind an edge', () => {
    const events = eventsForEdge(index.dataset.events, 'meeting:antony-blinken|mohammed-shia-al-sudani');
    expect(events.map((event) => event.id)).toEqual(['m-blinken-sudani', 'm-blinken-sudani-planned']);
    expect(eventsForEdge(index.dataset.events, 'statement:united-states>ali-khamenei')).toEqual([]);
  });
});

describe('toElements', () => {
  it('aggregates one edge per pair and type, with flat data', () => {
    const elements = toElements(index, applyFilters(index, DEFAULT_FILTERS), { groupByCountry: false, countryName });
    const edges = elements.filter((element) => element.group === 'edges');
    expect(edges.map((edge) => [edge.data.id, edge.data.count, edge.data.tentative])).toEqual([
      ['meeting:ali-khamenei|ismail-haniyeh', 1, false],
      ['meeting:ali-khamenei|mohammed-shia-al-sudani', 1, false],
      ['meeting:antony-blinken|mohammed-shia-al-sudani', 2, false],
      ['statement:ali-khamenei>united-states', 1, false],
    ]);
    for (const element of elements) {
      for (const value of Object.values(element.data)) expect(['string', 'number', 'boolean']).toContain(typeof value);
    }
  });

  it('marks the edges that share their two actors with another edge', () => {
    const reply = { ...index.dataset.events[1], id: 's-sudani-khamenei', speaker: 'mohammed-shia-al-sudani', targets: ['ali-khamenei'] } as DiplographEvent;
    const withReply = indexDataset(fixtureDataset({ events: [...index.dataset.events, reply] }));
    const parallel = (filters: Partial<typeof DEFAULT_FILTERS>, markParallel?: boolean) =>
      toElements(withReply, applyFilters(withReply, { ...DEFAULT_FILTERS, ...filters }), { groupByCountry: false, countryName, markParallel })
        .filter((element) => element.group === 'edges' && element.data.parallel)
        .map((element) => element.data.id);
    expect(parallel({})).toEqual(['meeting:ali-khamenei|mohammed-shia-al-sudani', 'statement:mohammed-shia-al-sudani>ali-khamenei']);
    expect(parallel({ types: ['meeting'] })).toEqual([]);
    expect(parallel({}, false)).toEqual([]);
  });

  it('marks an edge whose events all did not happen as tentative', () => {
    const visible = applyFilters(index, { ...DEFAULT_FILTERS, from: '2023-11-10' , includeUndated: false });
    const edge = toElements(index, visible, { groupByCountry: false, countryName }).find((element) => element.group === 'edges');
    expect(edge?.data).toMatchObject({ id: 'meeting:antony-blinken|mohammed-shia-al-sudani', tentative: true });
  });

  it('sizes nodes by visible events and keeps given positions', () => {
    const positions = new Map([['ali-khamenei', { x: 10, y: 20 }]]);
    const elements = toElements(index, applyFilters(index, DEFAULT_FILTERS), { groupByCountry: false, countryName, positions });
    const khamenei = elements.find((element) => element.data.id === 'ali-khamenei');
    expect(khamenei?.data).toMatchObject({ size: nodeSize(3), kind: 'person', label: 'Ali Khamenei' });
    expect(khamenei?.position).toEqual({ x: 10, y: 20 });
  });

  it.each([
    ['the visible events by default', undefined, 1],
    ['the given counts when asked', new Map([['ali-khamenei', 3]]), 3],
  ])('sizes a node by %s', (_name, sizeCounts, sizedBy) => {
    const statementsOnly = applyFilters(index, { ...DEFAULT_FILTERS, types: ['statement'] });
    const khamenei = toElements(index, statementsOnly, { groupByCountry: false, countryName, sizeCounts }).find((element) => element.data.id === 'ali-khamenei');
    expect(khamenei?.data.size).toBe(nodeSize(sizedBy));
  });

  it('gives a node the same data under any filter when sized by the given counts, so a filter restyles no node', () => {
    const everything = applyFilters(index, DEFAULT_FILTERS);
    const nodeData = (visible: VisibleSet) =>
      new Map(toElements(index, visible, { groupByCountry: false, countryName, sizeCounts: everything.eventCountByActor }).flatMap((element) => (element.group === 'nodes' ? [[element.data.id, element.data]] : [])));
    const all = nodeData(everything);
    const statementsOnly = nodeData(applyFilters(index, { ...DEFAULT_FILTERS, types: ['statement'] }));
    expect(statementsOnly.size).toBeGreaterThan(0);
    for (const [id, data] of statementsOnly) expect(data).toEqual(all.get(id));
  });

  it('groups actors inside compound country nodes', () => {
    const elements = toElements(index, applyFilters(index, DEFAULT_FILTERS), { groupByCountry: true, countryName });
    const groups = elements.filter((element) => element.data.kind === 'group').map((element) => [element.data.id, element.data.label]);
    expect(groups).toContainEqual(['group:USA', 'Country USA']);
    expect(elements.find((element) => element.data.id === 'united-states')?.data.parent).toBe('group:USA');
  });

  it.each([
    [1, 1.5],
    [2, 4],
    [1000, 14],
  ])('edge width for %i events is %f', (count, width) => {
    expect(edgeWidth(count)).toBe(width);
  });

  it('builds one node per actor and one edge per pair and type for 1,000 events', () => {
    const large = indexDataset(largeDataset(1000));
    const visible = applyFilters(large, DEFAULT_FILTERS);
    const elements = toElements(large, visible, { groupByCountry: false, countryName });
    const pairs = new Set(visible.events.flatMap((event) => edgesOfEvent(event, () => true).map((edge) => edge.id)));
    expect(elements.filter((element) => element.group === 'nodes')).toHaveLength(visible.actorIds.size);
    expect(elements.filter((element) => element.group === 'edges').map((edge) => edge.data.id).sort()).toEqual([...pairs].sort());
  });

  it("gives each visible set its own elements, whichever came first: the index's edges of each event serve every view", () => {
    const views: Filters[] = [{ ...DEFAULT_FILTERS, types: ['meeting'] }, DEFAULT_FILTERS, { ...DEFAULT_FILTERS, kinds: ['country', 'organization'] }];
    const elementsOf = (shared: DatasetIndex, filters: Filters) => toElements(shared, applyFilters(shared, filters), { groupByCountry: false, countryName });
    const alone = views.map((filters) => elementsOf(indexDataset(fixtureDataset()), filters));
    expect(new Set(alone.map((elements) => JSON.stringify(elements))).size, 'the views differ').toBe(views.length);
    const shared = indexDataset(fixtureDataset());
    expect(views.map((filters) => elementsOf(shared, filters))).toEqual(alone);
    const sharedBackwards = indexDataset(fixtureDataset());
    expect([...views].reverse().map((filters) => elementsOf(sharedBackwards, filters))).toEqual([...alone].reverse());
  });
});

describe('hasMoreElementsThan', () => {
  const visible = applyFilters(index, DEFAULT_FILTERS);
  const count = toElements(index, visible, { groupByCountry: false, countryName }).length;
  it.each([
    ['above the element count', count + 10, false],
    ['equal to the element count', count, false],
    ['one below the element count', count - 1, true],
    ['below the number of actors alone', 1, true],
  ])('a limit %s', (_name, limit, expected) => {
    expect(hasMoreElementsThan(index, visible, limit)).toBe(expected);
    // Same answer whether or not the edges were already aggregated for this set.
    expect(hasMoreElementsThan(index, applyFilters(index, DEFAULT_FILTERS), limit)).toBe(expected);
  });
});
