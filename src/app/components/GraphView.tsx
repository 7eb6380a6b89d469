import { useEffect, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core, ElementDefinition, EventObject, Position } from 'cytoscape';
import { fcoseOptions } from '../graph/layout';
import { graphStylesheet } from '../graph/stylesheet';
import type { Selection } from '../model/view-state';

interface GraphViewProps {
  elements: ElementDefinition[];
  selection: Selection;
  groupByCountry: boolean;
  onSelectActor: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onRelayout: (positions: Map<string, Position>) => void;
  onReady: (cy: Core | null) => void;
}

const PRESET = { name: 'preset', fit: true, padding: 40 };
/** Actor nodes, not the compound boxes that group them by country. */
const ACTOR_NODES = 'node[kind != "group"]';

export function GraphView({ elements, selection, groupByCountry, onSelectActor, onSelectEdge, onRelayout, onReady }: GraphViewProps) {
  const [cy, setCy] = useState<Core | null>(null);
  // Handlers change identity each render; cytoscape listeners read the latest through this ref.
  const handlers = useRef({ onSelectActor, onSelectEdge, onRelayout });
  handlers.current = { onSelectActor, onSelectEdge, onRelayout };

  useEffect(() => {
    if (!cy) return;
    onReady(cy);
    const onTapNode = (event: EventObject) => handlers.current.onSelectActor(event.target.id());
    const onTapEdge = (event: EventObject) => handlers.current.onSelectEdge(event.target.id());
    const onOver = (event: EventObject) => {
      const neighbourhood = event.target.closedNeighborhood().union(event.target.ancestors());
      cy.batch(() => {
        cy.elements().addClass('faded');
        neighbourhood.removeClass('faded').addClass('highlighted');
      });
    };
    const onOut = () => cy.batch(() => cy.elements().removeClass('faded highlighted'));
    // Labels keep a readable size on screen as the view zooms out, until they would crowd the graph.
    let frame = 0;
    const scaleLabels = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (cy.destroyed()) return;
        const fontSize = Math.min(26, Math.max(12, 12 / cy.zoom()));
        cy.batch(() => cy.nodes().style({ 'font-size': fontSize, 'text-max-width': `${Math.round((130 * fontSize) / 12)}px` }));
      });
    };
    scaleLabels();
    cy.on('zoom add', scaleLabels);
    cy.on('tap', ACTOR_NODES, onTapNode);
    cy.on('tap', 'edge', onTapEdge);
    cy.on('mouseover', ACTOR_NODES, onOver);
    cy.on('mouseout', ACTOR_NODES, onOut);
    return () => {
      onReady(null);
      cancelAnimationFrame(frame);
      // Cytoscape may already be gone when the graph unmounts; its listeners went with it.
      if (cy.destroyed()) return;
      cy.removeListener('zoom add', scaleLabels);
      cy.removeListener('tap', ACTOR_NODES, onTapNode);
      cy.removeListener('tap', 'edge', onTapEdge);
      cy.removeListener('mouseover', ACTOR_NODES, onOver);
      cy.removeListener('mouseout', ACTOR_NODES, onOut);
    };
  }, [cy, onReady]);

  // The first elements arrive after the one-off layout; frame them once, later filters keep the view.
  const framed = useRef(false);
  useEffect(() => {
    if (!cy || cy.destroyed() || framed.current || elements.length === 0) return;
    framed.current = true;
    cy.fit(undefined, 40);
  }, [cy, elements]);

  // Mirror the store's selection in the graph and bring a selected actor into view.
  const selectedId = selection?.id ?? null;
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const target = selectedId ? cy.getElementById(selectedId) : null;
    cy.batch(() => {
      cy.elements(':selected').unselect();
      cy.elements().removeClass('dimmed');
      if (target && target.nonempty()) {
        target.select();
        // Keep the selection's own interactions in front: a node's neighbourhood, an edge's two ends.
        const node = cy.nodes().getElementById(selectedId!);
        const kept = node.nonempty() ? node.closedNeighborhood() : target.union(cy.edges().getElementById(selectedId!).connectedNodes());
        cy.elements().difference(kept.union(kept.ancestors())).addClass('dimmed');
      }
    });
    if (target && target.nonempty()) {
      // A newer selection replaces any pan still under way instead of queueing behind it.
      cy.stop(true);
      const extent = cy.extent();
      const box = target.boundingBox();
      const inView = box.x1 >= extent.x1 && box.x2 <= extent.x2 && box.y1 >= extent.y1 && box.y2 <= extent.y2;
      if (target.isNode()) {
        // Centre the node itself; `center` would centre its box, label included.
        const { x, y } = target.position();
        cy.animate({ pan: { x: cy.width() / 2 - x * cy.zoom(), y: cy.height() / 2 - y * cy.zoom() } }, { duration: 250 });
      } else if (!inView) cy.animate({ center: { eles: target } }, { duration: 250 });
    }
  }, [cy, selectedId, elements]);

  const relayout = () => {
    if (!cy) return;
    const layout = cy.elements().layout(fcoseOptions(true, groupByCountry));
    layout.one('layoutstop', () => {
      const positions = new Map<string, Position>();
      cy.nodes().forEach((node) => {
        if (!node.isParent()) positions.set(node.id(), { ...node.position() });
      });
      handlers.current.onRelayout(positions);
    });
    layout.run();
  };

  const zoomBy = (factor: number) => {
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  /** Keys for the canvas: arrows pan, + and − zoom, 0 fits, N and P step through the actors by name. */
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!cy || event.altKey || event.ctrlKey || event.metaKey) return;
    const pan: Record<string, [number, number]> = { ArrowLeft: [60, 0], ArrowRight: [-60, 0], ArrowUp: [0, 60], ArrowDown: [0, -60] };
    if (event.key in pan) cy.panBy({ x: pan[event.key][0], y: pan[event.key][1] });
    else if (event.key === '+' || event.key === '=') zoomBy(1.25);
    else if (event.key === '-') zoomBy(0.8);
    else if (event.key === '0') cy.fit(undefined, 40);
    else if (event.key === 'n' || event.key === 'p') {
      const actors = cy
        .nodes(ACTOR_NODES)
        .map((node) => ({ id: node.id(), label: String(node.data('label')) }))
        .sort((a, b) => a.label.localeCompare(b.label));
      if (actors.length === 0) return;
      const current = actors.findIndex((actor) => actor.id === selectedId);
      const step = event.key === 'n' ? 1 : -1;
      const next = current < 0 ? (step > 0 ? 0 : actors.length - 1) : (current + step + actors.length) % actors.length;
      handlers.current.onSelectActor(actors[next].id);
    } else return;
    event.preventDefault();
  };

  return (
    <div className="graph">
      <div className="graph-controls" role="toolbar" aria-label="Graph controls">
        <button type="button" onClick={() => zoomBy(1.25)} aria-label="Zoom in" title="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoomBy(0.8)} aria-label="Zoom out" title="Zoom out">
          −
        </button>
        <button type="button" onClick={() => cy?.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 250 })}>
          Fit
        </button>
        <button type="button" onClick={relayout}>
          Re-layout
        </button>
      </div>
      <div
        className="graph-canvas"
        tabIndex={0}
        role="application"
        aria-label="Network graph. Arrow keys pan, plus and minus zoom, 0 fits, N and P select the next or previous actor; the List view shows the same data as tables."
        onKeyDown={onKeyDown}
      >
        <CytoscapeComponent
          elements={elements}
          stylesheet={graphStylesheet}
          layout={PRESET}
          cy={(instance) => {
            if (instance !== cy) setCy(instance);
          }}
          className="graph-cytoscape"
          minZoom={0.15}
          maxZoom={4}
          boxSelectionEnabled={false}
        />
      </div>
      <p className="graph-legend" aria-hidden="true">
        <span className="legend-person">● person</span> <span className="legend-country">■ country</span>{' '}
        <span className="legend-organization">◆ organization</span> <span className="legend-meeting">— meeting</span>{' '}
        <span className="legend-statement">→ statement</span> <span className="legend-tentative">┄ planned/cancelled</span>
      </p>
    </div>
  );
}
