/**
 * The one module that reads and writes the address bar. `parseViewState` and `serializeViewState`
 * are pure; `bindUrl` keeps the store and the URL in step: a new selection pushes a history entry,
 * any other change replaces the current one, and Back/Forward restore the view they lead to.
 */
import type { StoreApi } from 'zustand';
import type { ActorKind } from '../schema';
import type { DatasetIndex } from './model/dataset-index';
import { parseEdgeId } from './model/edges';
import { ACTOR_KINDS, DEFAULT_FILTERS, EVENT_TYPES, type EventType, type Filters } from './model/filters';
import { GRAPH_LEVELS } from './model/summary';
import { DEFAULT_VIEW, sorted, type Selection, type SourceRef, type ViewState } from './model/view-state';

const MAX_QUERY_LENGTH = 4000;
const MAX_VALUE_LENGTH = 400;
const MAX_LIST_ITEMS = 50;

export interface ParsedUrl {
  view: ViewState;
  /** One short line per ignored key or value. */
  notices: string[];
  /** `?test` exposes the graph to browser tests. */
  testHook: boolean;
}

/** Shows at most 40 characters of an untrusted value in a notice. */
function shown(value: string): string {
  const clipped = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `“${clipped}”`;
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function parseList<T extends string>(raw: string, allowed: readonly T[], label: string, notices: string[]): T[] | null {
  const items = raw.split(',').slice(0, MAX_LIST_ITEMS).map((item) => item.trim().toLowerCase());
  const valid = items.filter((item): item is T => (allowed as readonly string[]).includes(item));
  const invalid = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (invalid.length) notices.push(`Unknown ${label} ${invalid.map(shown).join(', ')} ignored.`);
  return valid.length ? sorted(valid) : null;
}

export function parseViewState(search: string, index: DatasetIndex): ParsedUrl {
  const notices: string[] = [];
  if (search.length > MAX_QUERY_LENGTH) {
    return { view: DEFAULT_VIEW, notices: ['The link is too long and was ignored.'], testHook: false };
  }
  const params = new URLSearchParams(search);
  const value = (key: string): string | null => {
    const raw = params.get(key);
    if (raw === null) return null;
    if (raw.length > MAX_VALUE_LENGTH) {
      notices.push(`The value of “${key}” is too long and was ignored.`);
      return null;
    }
    return raw;
  };

  let selection: Selection = null;
  const actor = value('actor');
  const edge = value('edge');
  if (actor !== null) {
    if (index.actors.has(actor)) selection = { kind: 'actor', id: actor };
    else notices.push(`Unknown actor ${shown(actor)} ignored.`);
  }
  if (edge !== null) {
    const key = parseEdgeId(edge);
    if (selection) notices.push('A link selects one actor or one edge; the edge was ignored.');
    else if (key && index.actors.has(key.source) && index.actors.has(key.target)) selection = { kind: 'edge', id: edge };
    else notices.push(`Unknown edge ${shown(edge)} ignored.`);
  }

  let source: SourceRef | null = null;
  const doc = value('doc');
  if (doc !== null) {
    const document = index.documents.get(doc);
    const span = /^(\d{1,9})-(\d{1,9})$/.exec(value('span') ?? '');
    if (!document) notices.push(`Unknown document ${shown(doc)} ignored.`);
    else if (span && Number(span[1]) < Number(span[2]) && Number(span[2]) <= document.textLength) {
      source = { documentId: doc, start: Number(span[1]), end: Number(span[2]) };
    } else {
      if (params.has('span')) notices.push('The highlighted span is out of range and was ignored.');
      source = { documentId: doc, start: 0, end: 0 };
    }
  }

  const filters: Filters = { ...DEFAULT_FILTERS };
  for (const key of ['from', 'to'] as const) {
    const date = value(key);
    if (date === null) continue;
    if (isCalendarDate(date)) filters[key] = date;
    else notices.push(`“${key}” must be a date like 2023-11-06; ${shown(date)} ignored.`);
  }
  if (filters.from !== null && filters.to !== null && filters.from > filters.to) {
    notices.push('“from” is after “to”; the date range was ignored.');
    filters.from = null;
    filters.to = null;
  }
  const undated = value('undated');
  if (undated === '0' || undated === '1') filters.includeUndated = undated === '1';
  else if (undated !== null) notices.push(`“undated” must be 0 or 1; ${shown(undated)} ignored.`);

  const country = value('country');
  if (country !== null) {
    const items = country.split(',').slice(0, MAX_LIST_ITEMS).map((item) => item.trim());
    // ISO3 codes are upper case, the groups of actors without a country lower case.
    const groupOf = (item: string) => (item.length === 3 ? item.toUpperCase() : item.toLowerCase());
    const unknown = items.filter((item) => !index.countryGroups.includes(groupOf(item)));
    if (unknown.length) notices.push(`Unknown country ${unknown.map(shown).join(', ')} ignored.`);
    filters.countries = sorted(items.map(groupOf).filter((group) => index.countryGroups.includes(group)));
  }
  const type = value('type');
  if (type !== null) filters.types = parseList<EventType>(type, EVENT_TYPES, 'event type', notices) ?? filters.types;
  const kind = value('kind');
  if (kind !== null) filters.kinds = parseList<ActorKind>(kind, ACTOR_KINDS, 'actor kind', notices) ?? filters.kinds;

  const group = value('group');
  if (group !== null && group !== 'country') notices.push(`Unknown grouping ${shown(group)} ignored.`);
  const view = value('view');
  if (view !== null && view !== 'list' && view !== 'graph') notices.push(`Unknown view ${shown(view)} ignored.`);
  const levelValue = value('level');
  const level = GRAPH_LEVELS.find((known) => known === levelValue) ?? 'auto';
  if (levelValue !== null && level !== levelValue) notices.push(`Unknown level ${shown(levelValue)} ignored.`);

  return {
    view: { selection, source, filters, groupByCountry: group === 'country', view: view === 'list' ? 'list' : 'graph', level },
    notices,
    testHook: params.has('test'),
  };
}

/** The query string for a view ('' for the default view); keys in a fixed order, defaults left out. */
export function serializeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.selection) params.set(view.selection.kind, view.selection.id);
  if (view.source) {
    params.set('doc', view.source.documentId);
    if (view.source.end > view.source.start) params.set('span', `${view.source.start}-${view.source.end}`);
  }
  const { filters } = view;
  if (filters.from !== null) params.set('from', filters.from);
  if (filters.to !== null) params.set('to', filters.to);
  if (!filters.includeUndated) params.set('undated', '0');
  if (filters.countries.length) params.set('country', filters.countries.join(','));
  if (filters.types.length !== EVENT_TYPES.length) params.set('type', filters.types.join(','));
  if (filters.kinds.length !== ACTOR_KINDS.length) params.set('kind', filters.kinds.join(','));
  if (view.groupByCountry) params.set('group', 'country');
  if (view.view === 'list') params.set('view', 'list');
  if (view.level !== 'auto') params.set('level', view.level);
  const query = params.toString().replace(/%2C/g, ',').replace(/%7C/g, '|').replace(/%3A/g, ':').replace(/%3E/g, '>');
  return query ? `?${query}` : '';
}

/** The keys whose change is a new place to go back from: the selection and the open source. */
function navigationKey(view: ViewState): string {
  return JSON.stringify([view.selection, view.source]);
}

export interface UrlBoundStore {
  view: ViewState;
  applyView: (view: ViewState) => void;
  addNotices: (notices: string[]) => void;
}

/** Reads the URL into the store now and on Back/Forward, and writes every later view change back. */
export function bindUrl(store: StoreApi<UrlBoundStore>, index: DatasetIndex): { testHook: boolean; unbind: () => void } {
  let reading = false;
  const readUrl = () => {
    const parsed = parseViewState(window.location.search, index);
    reading = true;
    store.getState().applyView(parsed.view);
    reading = false;
    if (parsed.notices.length) store.getState().addNotices(parsed.notices);
    return parsed;
  };
  const { testHook } = readUrl();
  let written = store.getState().view;
  // Drop whatever was ignored, so the address shows the view actually restored.
  window.history.replaceState(null, '', serializeViewState(written) || window.location.pathname);

  const unsubscribe = store.subscribe((state) => {
    if (reading || state.view === written) return;
    const push = navigationKey(state.view) !== navigationKey(written);
    written = state.view;
    const query = serializeViewState(state.view);
    if (query === window.location.search) return;
    const url = query || window.location.pathname;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });
  const onPopState = () => {
    readUrl();
    written = store.getState().view;
  };
  window.addEventListener('popstate', onPopState);
  return {
    testHook,
    unbind: () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    },
  };
}

/** The address of the current view, for the Copy link button. */
export function currentLink(): string {
  return window.location.href;
}
