import { useEffect, useMemo, useState } from 'react';
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
import { SourceViewer } from './components/SourceViewer';
import { computePositions, scaleLayout } from './graph/layout';
import { loadDataset } from './load-dataset';
import type { DatasetIndex } from './model/dataset-index';
import { toElements } from './model/elements';
import { applyFilters, DEFAULT_FILTERS } from './model/filters';
import { explorerStore, useExplorer } from './store';
import { bindUrl, currentLink } from './url-state';

declare global {
  interface Window {
    /** Present only with `?test`: lets browser tests find node positions on the canvas. */
    __diplograph?: { cy: Core | null };
  }
}

export function App() {
  const load = useExplorer((state) => state.load);
  const [testHook, setTestHook] = useState(false);

  useEffect(() => {
    let unbind: (() => void) | undefined;
    let cancelled = false;
    loadDataset().then((result) => {
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
  }, []);

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
  const positions = useExplorer((state) => (state.view.groupByCountry ? state.positions.grouped : state.positions.flat));
  const actions = explorerStore.getState();
  const [cy, setCy] = useState<Core | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);

  const visible = useMemo(() => applyFilters(index, view.filters), [index, view.filters]);
  const { groupByCountry } = view;

  // One layout of the whole graph per grouping mode; filtered views reuse it. The pipeline's
  // precomputed layout serves the flat graph; country groups need a compound layout made here.
  useEffect(() => {
    if (positions) return;
    const precomputed = index.dataset.layout;
    if (!groupByCountry && precomputed && index.dataset.actors.every((actor) => actor.id in precomputed)) {
      explorerStore.getState().setPositions(false, scaleLayout(precomputed));
      return;
    }
    const everything = toElements(index, applyFilters(index, DEFAULT_FILTERS), { groupByCountry, countryName });
    explorerStore.getState().setPositions(groupByCountry, computePositions(everything, groupByCountry));
  }, [index, groupByCountry, positions]);

  const elements = useMemo(
    () => (positions ? toElements(index, visible, { groupByCountry, countryName, positions }) : []),
    [index, visible, groupByCountry, positions],
  );

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
          <GraphView
            // A new grouping changes node parents, which cytoscape cannot patch in place: start afresh.
            key={groupByCountry ? 'grouped' : 'flat'}
            elements={elements}
            selection={view.selection}
            groupByCountry={groupByCountry}
            onSelectActor={actions.selectActor}
            onSelectEdge={actions.selectEdge}
            onRelayout={(placed) => actions.setPositions(groupByCountry, placed)}
            onReady={setCy}
          />
        ) : (
          <ListView index={index} visible={visible} selection={view.selection} onSelectActor={actions.selectActor} />
        )}
      </main>
      <DetailsPanel
        index={index}
        visible={visible}
        selection={view.selection}
        onSelectActor={actions.selectActor}
        onOpenSource={actions.openSource}
        onClose={actions.clearSelection}
      />
      {view.source && <SourceViewer index={index} source={view.source} onClose={actions.closeSource} />}
    </div>
  );
}
