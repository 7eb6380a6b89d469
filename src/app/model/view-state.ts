import { DEFAULT_FILTERS, type Filters } from './filters';
import type { GraphLevel } from './summary';

export type Selection = { kind: 'actor'; id: string } | { kind: 'edge'; id: string } | null;

/** A document opened in the source viewer, with the evidence span to highlight. */
export interface SourceRef {
  documentId: string;
  start: number;
  end: number;
}

export type ViewMode = 'graph' | 'list';

/** Everything a link restores. */
export interface ViewState {
  selection: Selection;
  source: SourceRef | null;
  filters: Filters;
  groupByCountry: boolean;
  view: ViewMode;
  /** Country summary or every actor; `auto` picks by the size of the visible graph. */
  level: GraphLevel;
}

export const DEFAULT_VIEW: ViewState = {
  selection: null,
  source: null,
  filters: DEFAULT_FILTERS,
  groupByCountry: false,
  view: 'graph',
  level: 'auto',
};

export function sorted<T extends string>(values: readonly T[]): T[] {
  return [...new Set(values)].sort();
}

/** Pure transitions of the view; the store applies them and tests call them directly. */
export const viewReducers = {
  selectActor: (state: ViewState, id: string): ViewState => ({ ...state, selection: { kind: 'actor', id }, source: null }),
  selectEdge: (state: ViewState, id: string): ViewState => ({ ...state, selection: { kind: 'edge', id }, source: null }),
  clearSelection: (state: ViewState): ViewState => ({ ...state, selection: null, source: null }),
  openSource: (state: ViewState, source: SourceRef): ViewState => ({ ...state, source }),
  closeSource: (state: ViewState): ViewState => ({ ...state, source: null }),
  setFilters: (state: ViewState, patch: Partial<Filters>): ViewState => {
    const filters = { ...state.filters, ...patch };
    filters.countries = sorted(filters.countries);
    filters.types = sorted(filters.types);
    filters.kinds = sorted(filters.kinds);
    if (filters.from !== null && filters.to !== null && filters.from > filters.to) [filters.from, filters.to] = [filters.to, filters.from];
    return { ...state, filters };
  },
  resetFilters: (state: ViewState): ViewState => ({ ...state, filters: DEFAULT_FILTERS }),
  setGroupByCountry: (state: ViewState, groupByCountry: boolean): ViewState => ({ ...state, groupByCountry }),
  setView: (state: ViewState, view: ViewMode): ViewState => ({ ...state, view }),
  setLevel: (state: ViewState, level: GraphLevel): ViewState => ({ ...state, level }),
  /** From the summary into the actors of some country groups (countries or groups without one): they become the country filter. */
  drillInto: (state: ViewState, groups: readonly string[]): ViewState => viewReducers.setFilters({ ...state, level: 'actors' }, { countries: [...groups] }),
};

/** The list with the value added or removed, sorted. */
export function toggled<T extends string>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : sorted([...list, value]);
}
