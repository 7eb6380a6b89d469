import { describe, expect, it } from 'vitest';
import { FIXTURE_ACTORS, fixtureDataset } from './testing/fixture';
import { indexDataset } from './model/dataset-index';
import { DEFAULT_FILTERS } from './model/filters';
import { DEFAULT_VIEW, type ViewState } from './model/view-state';
import { parseViewState, serializeViewState } from './url-state';

const index = indexDataset(fixtureDataset());

describe('parseViewState', () => {
  it('restores a full view', () => {
    const { view, notices } = parseViewState(
      '?actor=ali-khamenei&doc=nyt&span=0-20&from=2023-11-01&to=2023-11-30&undated=0&country=irn,PSE&type=meeting&kind=person,country&group=country&view=list&level=countries',
      index,
    );
    expect(notices).toEqual([]);
    expect(view).toEqual({
      selection: { kind: 'actor', id: 'ali-khamenei' },
      source: { documentId: 'nyt', start: 0, end: 20 },
      filters: { from: '2023-11-01', to: '2023-11-30', includeUndated: false, countries: ['IRN', 'PSE'], types: ['meeting'], kinds: ['country', 'person'] },
      groupByCountry: true,
      view: 'list',
      level: 'countries',
    });
  });

  const bad: [string, RegExp][] = [
    ['?actor=nobody', /Unknown actor “nobody”/],
    ['?actor=%3Cscript%3E', /Unknown actor “<script>”/],
    ['?edge=meeting:ali-khamenei|nobody', /Unknown edge/],
    ['?edge=garbage', /Unknown edge/],
    ['?from=2023-02-30', /“from” must be a date/],
    ['?to=yesterday', /“to” must be a date/],
    ['?from=2023-12-01&to=2023-01-01', /“from” is after “to”/],
    ['?country=XXX', /Unknown country “XXX”/],
    ['?type=meeting,party', /Unknown event type “party”/],
    ['?kind=alien', /Unknown actor kind “alien”/],
    ['?undated=maybe', /“undated” must be 0 or 1/],
    ['?doc=nowhere', /Unknown document/],
    ['?doc=nyt&span=5-999999', /out of range/],
    ['?view=3d', /Unknown view/],
    ['?level=galaxy', /Unknown level “galaxy”/],
    [`?actor=${'a'.repeat(500)}`, /too long/],
    [`?country=${'IRN,'.repeat(2000)}`, /link is too long/],
  ];
  it.each(bad)('%s is ignored with a notice', (search, notice) => {
    const { view, notices } = parseViewState(search, index);
    expect(notices.join(' ')).toMatch(notice);
    expect(view.selection).toBeNull();
    expect(view.filters.from).toBeNull();
    expect(view.filters.to).toBeNull();
  });

  it('keeps the valid part of a partly bad list', () => {
    const { view, notices } = parseViewState('?country=IRN,ZZZ&type=statement,xx', index);
    expect(view.filters.countries).toEqual(['IRN']);
    expect(view.filters.types).toEqual(['statement']);
    expect(notices).toHaveLength(2);
  });

  it('reads the groups of actors without a country that the dataset has', () => {
    const withUnitedNations = indexDataset(fixtureDataset({ actors: [...FIXTURE_ACTORS, { ...FIXTURE_ACTORS[5], id: 'united-nations', country: null }] }));
    const { view, notices } = parseViewState('?country=Organizations,irq,none', withUnitedNations);
    expect(view.filters.countries).toEqual(['IRQ', 'organizations']);
    expect(notices).toEqual(['Unknown country “none” ignored.']);
  });

  it('reads the test flag and ignores unknown keys', () => {
    expect(parseViewState('?test&utm_source=x', index)).toEqual({ view: DEFAULT_VIEW, notices: [], testHook: true });
  });
});

describe('serializeViewState', () => {
  const views: [string, ViewState][] = [
    ['', DEFAULT_VIEW],
    ['?actor=ali-khamenei', { ...DEFAULT_VIEW, selection: { kind: 'actor', id: 'ali-khamenei' } }],
    ['?edge=meeting:ali-khamenei|ismail-haniyeh', { ...DEFAULT_VIEW, selection: { kind: 'edge', id: 'meeting:ali-khamenei|ismail-haniyeh' } }],
    [
      '?actor=ali-khamenei&from=2023-11-01&to=2023-11-30&country=IRN,IRQ',
      { ...DEFAULT_VIEW, selection: { kind: 'actor', id: 'ali-khamenei' }, filters: { ...DEFAULT_FILTERS, from: '2023-11-01', to: '2023-11-30', countries: ['IRN', 'IRQ'] } },
    ],
    ['?doc=nyt&span=3-9&undated=0&type=statement&kind=person', { ...DEFAULT_VIEW, source: { documentId: 'nyt', start: 3, end: 9 }, filters: { ...DEFAULT_FILTERS, includeUndated: false, types: ['statement'], kinds: ['person'] } }],
    ['?group=country&view=list', { ...DEFAULT_VIEW, groupByCountry: true, view: 'list' }],
    ['?level=countries', { ...DEFAULT_VIEW, level: 'countries' }],
    ['?country=IRQ&level=actors', { ...DEFAULT_VIEW, filters: { ...DEFAULT_FILTERS, countries: ['IRQ'] }, level: 'actors' }],
  ];
  it.each(views)('%s', (query, view) => {
    expect(serializeViewState(view)).toBe(query);
  });

  it.each(views)('round-trips %s', (query, view) => {
    if (view.source) view = { ...view, source: { documentId: 'nyt', start: 3, end: 9 } };
    expect(parseViewState(serializeViewState(view), index).view).toEqual(view);
    expect(query).toBe(serializeViewState(view));
  });
});
