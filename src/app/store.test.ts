import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './model/filters';
import { DEFAULT_VIEW, toggled, viewReducers } from './model/view-state';
import { createExplorerStore, layoutReducers, noticeReducers } from './store';

describe('viewReducers', () => {
  it('selecting closes an open source', () => {
    const open = viewReducers.openSource(DEFAULT_VIEW, { documentId: 'nyt', start: 0, end: 4 });
    expect(viewReducers.selectActor(open, 'a')).toMatchObject({ selection: { kind: 'actor', id: 'a' }, source: null });
    expect(viewReducers.selectEdge(open, 'meeting:a|b')).toMatchObject({ selection: { kind: 'edge', id: 'meeting:a|b' }, source: null });
  });

  it.each([
    [{ countries: ['IRQ', 'IRN', 'IRQ'] }, { countries: ['IRN', 'IRQ'] }],
    [{ from: '2023-12-01', to: '2023-01-01' }, { from: '2023-01-01', to: '2023-12-01' }],
    [{ types: ['statement', 'meeting'] as const }, { types: ['meeting', 'statement'] }],
  ])('setFilters normalises %o', (patch, expected) => {
    expect(viewReducers.setFilters(DEFAULT_VIEW, patch as never).filters).toMatchObject(expected);
  });

  it('reset keeps the selection', () => {
    const view = viewReducers.setFilters(viewReducers.selectActor(DEFAULT_VIEW, 'a'), { countries: ['IRN'] });
    expect(viewReducers.resetFilters(view)).toEqual({ ...view, filters: DEFAULT_FILTERS });
  });

  it.each([
    ['a country filters to it', ['IRQ'], ['IRQ']],
    ['a link between two countries filters to both', ['IRQ', 'IRN'], ['IRN', 'IRQ']],
    ['a group without a country filters to it', ['organizations'], ['organizations']],
    ['a link to a group without a country filters to both', ['none', 'IRQ'], ['IRQ', 'none']],
  ])('drilling in: %s and shows the actors', (_name, groups, countries) => {
    const summary = viewReducers.setFilters({ ...DEFAULT_VIEW, level: 'countries' }, { countries: ['USA'] });
    expect(viewReducers.drillInto(summary, groups)).toMatchObject({ level: 'actors', filters: { countries } });
  });

  it.each([
    [['a', 'c'], 'b', ['a', 'b', 'c']],
    [['a', 'b'], 'a', ['b']],
  ])('toggled(%o, %s)', (list, value, expected) => {
    expect(toggled(list, value)).toEqual(expected);
  });
});

describe('store', () => {
  it('adds and dismisses notices with distinct ids', () => {
    const store = createExplorerStore();
    store.getState().addNotices(['one', 'two']);
    store.getState().addNotices(['three']);
    const ids = store.getState().notices.map((notice) => notice.id);
    expect(new Set(ids).size).toBe(3);
    store.getState().dismissNotice(ids[1]);
    expect(store.getState().notices.map((notice) => notice.text)).toEqual(['one', 'three']);
  });

  it('merges a re-layout into the stored positions of that mode only', () => {
    const store = createExplorerStore();
    store.getState().setPositions(false, new Map([['a', { x: 1, y: 1 }], ['b', { x: 2, y: 2 }]]));
    store.getState().setPositions(false, new Map([['b', { x: 5, y: 5 }]]));
    expect([...store.getState().positions.flat!]).toEqual([['a', { x: 1, y: 1 }], ['b', { x: 5, y: 5 }]]);
    expect(store.getState().positions.grouped).toBeNull();
  });

  it.each([
    [noticeReducers.dismiss([{ id: 1, text: 'x' }], 2), [{ id: 1, text: 'x' }]],
    [[...layoutReducers.merge(null, new Map([['a', { x: 0, y: 0 }]]))], [['a', { x: 0, y: 0 }]]],
  ])('pure reducers %#', (result, expected) => {
    expect(result).toEqual(expected);
  });
});
