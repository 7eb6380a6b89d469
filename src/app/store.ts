import { createStore, useStore, type StateCreator, type StoreApi } from 'zustand';
import type { Position } from 'cytoscape';
import type { DatasetIndex } from './model/dataset-index';
import type { Filters } from './model/filters';
import type { GraphLevel } from './model/summary';
import { DEFAULT_VIEW, viewReducers, type SourceRef, type ViewMode, type ViewState } from './model/view-state';

export type LoadState =
  | { status: 'loading' }
  | { status: 'error'; file: string; problems: string[] }
  | { status: 'ready'; index: DatasetIndex };

export interface Notice {
  id: number;
  text: string;
}

interface DataSlice {
  load: LoadState;
  setLoad: (load: LoadState) => void;
}

interface ViewSlice {
  view: ViewState;
  applyView: (view: ViewState) => void;
  selectActor: (id: string) => void;
  selectEdge: (id: string) => void;
  clearSelection: () => void;
  openSource: (source: SourceRef) => void;
  closeSource: () => void;
  setFilters: (patch: Partial<Filters>) => void;
  resetFilters: () => void;
  setGroupByCountry: (on: boolean) => void;
  setView: (view: ViewMode) => void;
  setLevel: (level: GraphLevel) => void;
  drillInto: (groups: string[]) => void;
}

interface NoticeSlice {
  notices: Notice[];
  addNotices: (texts: string[]) => void;
  dismissNotice: (id: number) => void;
}

type PositionMap = ReadonlyMap<string, Position>;

interface LayoutSlice {
  /** Node positions per grouping mode, kept so the graph never jumps when filters change. */
  positions: { flat: PositionMap | null; grouped: PositionMap | null };
  setPositions: (grouped: boolean, positions: PositionMap) => void;
}

export type ExplorerState = DataSlice & ViewSlice & NoticeSlice & LayoutSlice;
type Slice<T> = StateCreator<ExplorerState, [], [], T>;

/** Pure notice transitions. */
export const noticeReducers = {
  add: (notices: Notice[], texts: string[], firstId: number): Notice[] => [...notices, ...texts.map((text, i) => ({ id: firstId + i, text }))],
  dismiss: (notices: Notice[], id: number): Notice[] => notices.filter((notice) => notice.id !== id),
};

/** Pure position transitions: a new layout overrides the stored positions of the nodes it placed. */
export const layoutReducers = {
  merge: (previous: PositionMap | null, placed: PositionMap): PositionMap => new Map([...(previous ?? []), ...placed]),
};

const createDataSlice: Slice<DataSlice> = (set) => ({
  load: { status: 'loading' },
  setLoad: (load) => set({ load }),
});

const createViewSlice: Slice<ViewSlice> = (set) => {
  const update = (reduce: (view: ViewState) => ViewState) => set((state) => ({ view: reduce(state.view) }));
  return {
    view: DEFAULT_VIEW,
    applyView: (view) => set({ view }),
    selectActor: (id) => update((view) => viewReducers.selectActor(view, id)),
    selectEdge: (id) => update((view) => viewReducers.selectEdge(view, id)),
    clearSelection: () => update(viewReducers.clearSelection),
    openSource: (source) => update((view) => viewReducers.openSource(view, source)),
    closeSource: () => update(viewReducers.closeSource),
    setFilters: (patch) => update((view) => viewReducers.setFilters(view, patch)),
    resetFilters: () => update(viewReducers.resetFilters),
    setGroupByCountry: (on) => update((view) => viewReducers.setGroupByCountry(view, on)),
    setView: (mode) => update((view) => viewReducers.setView(view, mode)),
    setLevel: (level) => update((view) => viewReducers.setLevel(view, level)),
    drillInto: (groups) => update((view) => viewReducers.drillInto(view, groups)),
  };
};

const createNoticeSlice: Slice<NoticeSlice> = (set) => {
  let nextId = 1;
  return {
    notices: [],
    addNotices: (texts) =>
      set((state) => {
        const notices = noticeReducers.add(state.notices, texts, nextId);
        nextId += texts.length;
        return { notices };
      }),
    dismissNotice: (id) => set((state) => ({ notices: noticeReducers.dismiss(state.notices, id) })),
  };
};

const createLayoutSlice: Slice<LayoutSlice> = (set) => ({
  positions: { flat: null, grouped: null },
  setPositions: (grouped, placed) =>
    set((state) => {
      const key = grouped ? 'grouped' : 'flat';
      return { positions: { ...state.positions, [key]: layoutReducers.merge(state.positions[key], placed) } };
    }),
});

export function createExplorerStore(): StoreApi<ExplorerState> {
  return createStore<ExplorerState>()((...args) => ({
    ...createDataSlice(...args),
    ...createViewSlice(...args),
    ...createNoticeSlice(...args),
    ...createLayoutSlice(...args),
  }));
}

export const explorerStore = createExplorerStore();

export function useExplorer<T>(selector: (state: ExplorerState) => T): T {
  return useStore(explorerStore, selector);
}
