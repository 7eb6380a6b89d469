import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { Core } from 'cytoscape';
import { countryName } from './country-names';
import { ErrorScreen } from './components/ErrorScreen';
import { DetailsPanel } from './components/DetailsPanel';
import { ExportMenu } from './components/ExportMenu';
import { FiltersPanel } from './components/FiltersPanel';
import { GraphView } from './components/GraphView';
import { ListView } from './components/ListView';
import { Notices } from './components/Notices';
import { SearchBox } from './components/SearchBox';
import { LevelNote } from './components/LevelNote';
import { scaleLayout } from './graph/layout';
import { loadDataset } from './load-dataset';
import type { DatasetIndex } from './model/dataset-index';
import { countryGroupOf } from './model/country-groups';
import { toElements } from './model/elements';
import { applyFilters, DEFAULT_FILTERS, isDefaultFilters } from './model/filters';
import { isTooLargeToRead, showsSummary, summarizeByCountry, summaryGroupsOf, summaryNodeId, summaryPositions, toSummaryElements } from './model/summary';
import type { Selection } from './model/view-state';
import { explorerStore, useExplorer } from './store';
import { bindUrl, currentLink } from './url-state';

// Opened on demand only: not part of the JavaScript the first graph waits for.
const SourceViewer = lazy(() => import('./components/SourceViewer').then((module) => ({ default: module.SourceViewer })));

declare global {
  interface Window {
    /** Present only with `?test`: lets browser tests find node positions on the canvas. */
    __diplograph?: { cy: Core | null };
  }
}

/** `fetchDataset` may hand over a request for the dataset started before the explorer's code ran. */
export function App({ fetchDataset = fetch }: { fetchDataset?: typeof fetch }) {
  const load = useExplorer((state) => state.load);
  const [testHook, setTestHook] = useState(false);

  useEffect(() => {
    let unbind: (() => void) | undefined;
    let cancelled = false;
    loadDataset(fetchDataset).then((result) => {
      if (cancelled) return;
      if (result.status === 'ready') {
        const binding = bindUrl(explorerStore, result.index);
        unbind = binding.unbind;
        setTestHook(binding.testHook);
      }
      explorerStore.getState().setLoad(result);
    });
    return () => {
      cancelled = true;
      unbind?.();
    };
  }, [fetchDataset]);

  if (load.status === 'loading') {
    return (
      <main className="loading" aria-busy="true">
        <div className="spinner" aria-hidden="true" />
        <p>Loading the dataset…</p>
      </main>
    );
  }
  if (load.status === 'error') return <ErrorScreen file={load.file} problems={load.problems} />;
  return <Explorer index={load.index} testHook={testHook} />;
}

function Explorer({ index, testHook }: { index: DatasetIndex; testHook: boolean }) {
  const view = useExplorer((state) => state.view);
  const notices = useExplorer((state) => state.notices);
  const flatPositions = useExplorer((state) => state.positions.flat);
  const groupedPositions = useExplorer((state) => state.positions.grouped);
  const actions = explorerStore.getState();
  const [cy, setCy] = useState<Core | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);

  // The unfiltered graph sizes the renderer and feeds the layouts; filters never recompute it.
  const everything = useMemo(() => applyFilters(index, DEFAULT_FILTERS), [index]);
  const visible = useMemo(() => (isDefaultFilters(view.filters) ? everything : applyFilters(index, view.filters)), [index, view.filters, everything]);
  const { groupByCountry } = view;
  const tooLargeToRead = useMemo(() => isTooLargeToRead(index, visible), [index, visible]);
  const summarized = view.view === 'graph' && showsSummary(view.level, tooLargeToRead);
  // Chosen from the whole dataset, not the filtered view, so a filter never rebuilds the renderer.
  const large = useMemo(() => isTooLargeToRead(index, everything), [index, everything]);

  // One layout of the whole graph per grouping mode; filtered views reuse it. The pipeline's
  // precomputed layout serves the flat graph (and places the country summary); anything else is
  // laid out here with fcose, loaded only then.
  const needsGrouped = groupByCountry && !summarized;
  useEffect(() => {
    const precomputed = index.dataset.layout;
    if (!flatPositions && precomputed && index.dataset.actors.every((actor) => actor.id in precomputed)) {
      explorerStore.getState().setPositions(false, scaleLayout(precomputed));
      return;
    }
    const missing = [...(flatPositions ? [] : [false]), ...(needsGrouped && !groupedPositions ? [true] : [])];
    if (missing.length === 0) return;
    import('./graph/fcose-layout').then(({ computePositions }) => {
      for (const grouped of missing) {
        explorerStore.getState().setPositions(grouped, computePositions(toElements(index, everything, { groupByCountry: grouped, countryName }), grouped));
      }
    });
  }, [index, everything, needsGrouped, flatPositions, groupedPositions]);

  // Placed only when the summary is drawn: with every actor drawn it would be work for nothing.
  const placedCountries = useMemo(() => (summarized && flatPositions ? summaryPositions(index.dataset.actors, flatPositions) : null), [summarized, index, flatPositions]);
  const summary = useMemo(() => (summarized ? summarizeByCountry(index, visible) : null), [summarized, index, visible]);
  // The summary's nodes are sized by all their events, like the actors of a large graph: a filter then restyles only lines.
  const summaryNodeEvents = useMemo(
    () => (summarized ? new Map(summarizeByCountry(index, everything).groups.map((group) => [group.group, group.events])) : null),
    [summarized, index, everything],
  );
  const positions = groupByCountry ? groupedPositions : flatPositions;
  const elements = useMemo(() => {
    if (view.view !== 'graph') return [];
    if (summary) return placedCountries ? toSummaryElements(summary, { countryName, positions: placedCountries, sizeEvents: summaryNodeEvents ?? undefined }) : [];
    // Nodes are sized by all their events, so a filter change restyles no node.
    const sizeCounts = everything.eventCountByActor;
    return positions ? toElements(index, visible, { groupByCountry, countryName, positions, sizeCounts, ...(large ? { markParallel: false } : {}) }) : [];
  }, [view.view, summary, placedCountries, summaryNodeEvents, positions, index, visible, groupByCountry, large, everything]);

  // In the summary an actor chosen elsewhere (search, list) is shown by its country's node.
  const selectedActor = view.selection?.kind === 'actor' ? index.actors.get(view.selection.id) : undefined;
  const graphSelection: Selection = summary ? (selectedActor ? { kind: 'actor', id: summaryNodeId(countryGroupOf(selectedActor)) } : null) : view.selection;
  const drillInto = (id: string) => actions.drillInto(summaryGroupsOf(id));
  const relayout = async (drawn: Core) => {
    const { relayoutDrawing } = await import('./graph/fcose-layout');
    actions.setPositions(groupByCountry, await relayoutDrawing(drawn, groupByCountry));
  };

  useEffect(() => {
    if (testHook) window.__diplograph = { cy };
  }, [testHook, cy]);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(currentLink());
      setCopied('Link copied');
    } catch {
      setCopied('Copying failed; copy the address bar instead');
    }
    setTimeout(() => setCopied(null), 2500);
  };

  return (
    <div className={`app${view.selection ? ' has-selection' : ''}${filtersOpen ? ' filters-open' : ''}`}>
      <header className="topbar">
        <h1 className="brand">Diplograph</h1>
        <SearchBox actors={index.dataset.actors} onChoose={actions.selectActor} />
        <nav className="topbar-actions" aria-label="View">
          <button type="button" className="filters-toggle" aria-expanded={filtersOpen} aria-controls="filters-region" onClick={() => setFiltersOpen((open) => !open)}>
            Filters
          </button>
          <div className="segmented" role="group" aria-label="Show as">
            <button type="button" aria-pressed={view.view === 'graph'} onClick={() => actions.setView('graph')}>
              Graph
            </button>
            <button type="button" aria-pressed={view.view === 'list'} onClick={() => actions.setView('list')}>
              List
            </button>
          </div>
          <button type="button" onClick={copyLink}>
            Copy link
          </button>
          <ExportMenu index={index} visible={visible} cy={view.view === 'graph' ? cy : null} />
          <span className="copied" role="status">
            {copied}
          </span>
        </nav>
      </header>
      <Notices notices={notices} onDismiss={actions.dismissNotice} />
      <div
        className="filters-region"
        id="filters-region"
        onKeyDown={(event) => {
          if (event.key === 'Escape') setFiltersOpen(false);
        }}
      >
        <button type="button" className="filters-close" onClick={() => setFiltersOpen(false)}>
          Done
        </button>
        <FiltersPanel
          index={index}
          filters={view.filters}
          visible={visible}
          groupByCountry={groupByCountry}
          onChange={actions.setFilters}
          onReset={actions.resetFilters}
          onGroupByCountry={actions.setGroupByCountry}
        />
      </div>
      <main className="stage" aria-label={view.view === 'graph' ? 'Network graph' : 'Actors and events'}>
        {view.view === 'graph' ? (
          <>
            <LevelNote
              summary={summary}
              level={view.level}
              visible={visible}
              tooLargeToRead={tooLargeToRead}
              onLevel={actions.setLevel}
            />
            <GraphView
              // Another kind of drawing (summary, grouping) changes node parents and the renderer: start afresh.
              key={summary ? 'countries' : groupByCountry ? 'grouped' : 'flat'}
              elements={elements}
              selection={graphSelection}
              large={!summary && large}
              onSelectNode={summary ? drillInto : actions.selectActor}
              onSelectEdge={summary ? drillInto : actions.selectEdge}
              onRelayout={summary ? undefined : relayout}
              stepThroughNodes={!summary}
              onReady={setCy}
            />
          </>
        ) : (
          <ListView index={index} visible={visible} selection={view.selection} onSelectActor={actions.selectActor} />
        )}
      </main>
      <DetailsPanel
        index={index}
        visible={visible}
        selection={view.selection}
        summary={summary}
        onSelectActor={actions.selectActor}
        onDrillInto={actions.drillInto}
        onOpenSource={actions.openSource}
        onClose={actions.clearSelection}
      />
      {view.source && (
        <Suspense fallback={null}>
          <SourceViewer index={index} source={view.source} onClose={actions.closeSource} />
        </Suspense>
      )}
    </div>
  );
}
