import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureDataset } from './testing/fixture';
import { indexDataset } from './model/dataset-index';
import { createExplorerStore } from './store';
import { bindUrl } from './url-state';

/** Just enough of window.location and window.history to watch what the binding writes. */
function fakeWindow(search: string) {
  const listeners = new Set<() => void>();
  const calls: string[] = [];
  const location = { pathname: '/explorer/', search, get href() { return `https://example.org${this.pathname}${this.search}`; } };
  const write = (kind: string) => (_state: unknown, _title: string, url: string) => {
    calls.push(`${kind} ${url}`);
    location.search = url.startsWith('?') ? url : '';
  };
  const fake = {
    location,
    history: { pushState: write('push'), replaceState: write('replace') },
    addEventListener: (type: string, listener: () => void) => type === 'popstate' && listeners.add(listener),
    removeEventListener: (type: string, listener: () => void) => type === 'popstate' && listeners.delete(listener),
    /** The user pressed Back or Forward to this query. */
    navigate(query: string) {
      location.search = query;
      for (const listener of listeners) listener();
    },
    calls,
    listeners,
  };
  vi.stubGlobal('window', fake);
  return fake;
}

const index = indexDataset(fixtureDataset());

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('bindUrl', () => {
  it('restores the view, drops what it ignored and says why', () => {
    const fake = fakeWindow('?actor=ali-khamenei&country=IRN,NOPE&test');
    const store = createExplorerStore();
    const { testHook } = bindUrl(store, index);
    expect(testHook).toBe(true);
    expect(store.getState().view.selection).toEqual({ kind: 'actor', id: 'ali-khamenei' });
    expect(store.getState().notices.map((notice) => notice.text)).toEqual(['Unknown country “NOPE” ignored.']);
    expect(fake.calls).toEqual(['replace ?actor=ali-khamenei&country=IRN']);
  });

  it('pushes a new selection, replaces a filter change, and follows Back without writing', () => {
    const fake = fakeWindow('');
    const store = createExplorerStore();
    const { unbind } = bindUrl(store, index);
    fake.calls.length = 0;

    store.getState().selectActor('ali-khamenei');
    store.getState().setFilters({ from: '2023-11-01' });
    store.getState().selectActor('ismail-haniyeh');
    store.getState().openSource({ documentId: 'nyt', start: 0, end: 10 });
    expect(fake.calls).toEqual([
      'push ?actor=ali-khamenei',
      'replace ?actor=ali-khamenei&from=2023-11-01',
      'push ?actor=ismail-haniyeh&from=2023-11-01',
      'push ?actor=ismail-haniyeh&doc=nyt&span=0-10&from=2023-11-01',
    ]);

    fake.calls.length = 0;
    fake.navigate('?actor=ali-khamenei&from=2023-11-01');
    expect(store.getState().view.selection).toEqual({ kind: 'actor', id: 'ali-khamenei' });
    expect(store.getState().view.source).toBeNull();
    expect(fake.calls).toEqual([]);

    unbind();
    expect(fake.listeners.size).toBe(0);
    store.getState().selectActor('ismail-haniyeh');
    expect(fake.calls).toEqual([]);
  });

  it('writes the bare path for the default view', () => {
    const fake = fakeWindow('?actor=ali-khamenei');
    const store = createExplorerStore();
    bindUrl(store, index);
    store.getState().clearSelection();
    expect(fake.calls.at(-1)).toBe('push /explorer/');
  });
});
