import { useEffect, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Collection, Core, ElementDefinition, EventObject, NodeCollection } from 'cytoscape';
import { diffElements, fitViewport } from '../graph/element-diff';
import { hideElements, showElements, shownElements } from '../graph/hiding';
import { largeGraphOptions, ZOOM_RANGE } from '../graph/renderer';
import { BASE_FONT_SIZE, graphStylesheet, labelFontSize, labelStyle, largeGraphStylesheet } from '../graph/stylesheet';
import type { Selection } from '../model/view-state';

interface GraphViewProps {
  elements: ElementDefinition[];
  selection: Selection;
  /** Fixed for the life of the view (the renderer is set up once): switches on the options for big graphs. */
  large: boolean;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  /** Without it there is no Re-layout button. */
  onRelayout?: (cy: Core) => void;
  /** N and P step through the nodes by label. */
  stepThroughNodes: boolean;
  onReady: (cy: Core | null) => void;
}

/** Actor and country nodes, not the compound boxes that group them by country. */
const LEAF_NODES = 'node[kind != "group"]';
const FIT_PADDING = 40;
const KEY_PAN_MS = 120;
/**
 * react-cytoscapejs mounts Cytoscape; its own element patching is left idle (the same empty list on
 * every render) because this view patches the drawing itself, in one batch, by id (see below).
 */
const NO_ELEMENTS: ElementDefinition[] = [];

export function GraphView({ elements, selection, large, onSelectNode, onSelectEdge, onRelayout, stepThroughNodes, onReady }: GraphViewProps) {
  const [cy, setCy] = useState<Core | null>(null);
  // The label size the stylesheet gives every node, and the one shown (set per node when they differ).
  const labels = useRef({ base: BASE_FONT_SIZE, size: BASE_FONT_SIZE });
  // Handlers change identity each render; cytoscape listeners read the latest through this ref.
  const handlers = useRef({ onSelectNode, onSelectEdge });
  handlers.current = { onSelectNode, onSelectEdge };
  // What Cytoscape has selected (by a tap or by the store), kept as it changes: asking for
  // `:selected` tests every element of the graph, on every filter change.
  const selected = useRef<Collection | null>(null);
  // Set while Cytoscape is up: the patch below hands it the nodes it adds, whose labels may need the
  // current zoom's size. Not an `add` listener: Cytoscape would test each added element against it.
  const labelAddedNodes = useRef<((nodes: NodeCollection) => void) | null>(null);

  useEffect(() => {
    if (!cy) return;
    onReady(cy);
    const onTapNode = (event: EventObject) => handlers.current.onSelectNode(event.target.id());
    const onTapEdge = (event: EventObject) => handlers.current.onSelectEdge(event.target.id());
    const onOver = (event: EventObject) => {
      const neighbourhood = event.target.closedNeighborhood().union(event.target.ancestors());
      cy.batch(() => {
        cy.elements().addClass('faded');
        neighbourhood.removeClass('faded').addClass('highlighted');
      });
    };
    const onOut = () => cy.batch(() => cy.elements().removeClass('faded highlighted'));
    selected.current = cy.collection();
    const onSelect = (event: EventObject) => selected.current?.merge(event.target);
    const onUnselect = (event: EventObject) => selected.current?.unmerge(event.target);
    // Labels keep a readable size on screen as the view zooms out, until they would crowd the graph.
    // Restyling every node is costly: all of them only when the size changes, else the added ones.
    let frame = 0;
    let added = cy.collection();
    const scaleLabels = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (cy.destroyed()) return;
        const next = labelFontSize(cy.zoom());
        const fresh = added.filter((node) => !node.removed());
        added = cy.collection();
        if (next !== labels.current.size) {
          labels.current.size = next;
          cy.batch(() => (next === labels.current.base ? cy.nodes().removeStyle('font-size text-max-width') : cy.nodes().style(labelStyle(next))));
        } else if (fresh.nonempty() && next !== labels.current.base) cy.batch(() => fresh.style(labelStyle(next)));
      });
    };
    labelAddedNodes.current = (nodes) => {
      added.merge(nodes);
      scaleLabels();
    };
    scaleLabels();
    cy.on('zoom', scaleLabels);
    cy.on('tap', LEAF_NODES, onTapNode);
    cy.on('tap', 'edge', onTapEdge);
    cy.on('select', onSelect);
    cy.on('unselect', onUnselect);
    // Fading is a style change on every element: too slow to follow the pointer on a large graph.
    if (!large) {
      cy.on('mouseover', LEAF_NODES, onOver);
      cy.on('mouseout', LEAF_NODES, onOut);
    }
    // Without fading, a large graph has no use for hover events, and Cytoscape finds them by testing
    // every element (and its label's box) on each pointer move: about 180 ms a move at 20k
    // elements. Moves with no button down stop at the container, before Cytoscape's window listener;
    // drags, taps and the wheel still reach it.
    const container = cy.container();
    const stopHoverMove = (event: MouseEvent) => {
      if (event.buttons === 0) event.stopPropagation();
    };
    if (large) container?.addEventListener('mousemove', stopHoverMove);
    return () => {
      onReady(null);
      labelAddedNodes.current = null;
      cancelAnimationFrame(frame);
      container?.removeEventListener('mousemove', stopHoverMove);
      // Cytoscape may already be gone when the graph unmounts; its listeners went with it.
      if (cy.destroyed()) return;
      cy.removeListener('zoom', scaleLabels);
      cy.removeListener('tap', LEAF_NODES, onTapNode);
      cy.removeListener('tap', 'edge', onTapEdge);
      cy.removeListener('select', onSelect);
      cy.removeListener('unselect', onUnselect);
      cy.removeListener('mouseover', LEAF_NODES, onOver);
      cy.removeListener('mouseout', LEAF_NODES, onOut);
    };
  }, [cy, onReady, large]);

  // Patch the drawing instead of replacing it: filters mostly hide or bring back a part of the graph.
  // Every element ever drawn stays in Cytoscape (see diffElements); `hidden` holds those hidden.
  const drawn = useRef(new Map<string, ElementDefinition>());
  const hidden = useRef(new Set<string>());
  const framed = useRef(false);
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    // The first elements arrive after the one-off layout; frame them once, later filters keep the view.
    // Framing before adding them lets the stylesheet carry the label size for that zoom, instead of
    // styling every node twice.
    const framing = !framed.current && elements.length > 0;
    if (framing) {
      framed.current = true;
      const nodes = elements.flatMap((element) => (element.position ? [{ ...element.position, size: Number(element.data.size ?? 0) }] : []));
      const viewport = fitViewport(nodes, cy.width(), cy.height(), FIT_PADDING, ZOOM_RANGE);
      if (viewport) {
        cy.viewport(viewport);
        const size = labelFontSize(viewport.zoom);
        if (size !== labels.current.base) cy.style().selector('node').style(labelStyle(size)).update();
        labels.current = { base: size, size };
      }
    }
    const diff = diffElements(drawn.current, hidden.current, elements);
    const byIds = (ids: string[]) => {
      const collection = cy.collection();
      for (const id of ids) collection.merge(cy.getElementById(id));
      return collection;
    };
    const [hiding, showing] = [[...diff.hide.members, ...diff.hide.others], [...diff.show.members, ...diff.show.others]];
    if (diff.remove.length || diff.add.length || hiding.length || showing.length || diff.update.length) {
      cy.batch(() => {
        if (diff.remove.length) cy.remove(byIds(diff.remove));
        if (hiding.length) hideElements(byIds(diff.hide.members), byIds(diff.hide.others));
        if (showing.length) showElements(byIds(diff.show.members), byIds(diff.show.others));
        if (diff.add.length) labelAddedNodes.current?.(cy.add(diff.add).nodes());
        for (const { id, data, position } of diff.update) {
          const element = cy.getElementById(id);
          if (data) element.data(data);
          if (position) element.position(position);
        }
      });
    }
    for (const id of [...diff.remove, ...showing]) hidden.current.delete(id);
    for (const id of hiding) hidden.current.add(id);
    for (const element of elements) drawn.current.set(String(element.data.id), element);
    if (framing && !elements.some((element) => element.position)) cy.fit(undefined, FIT_PADDING);
  }, [cy, elements]);

  // Mirror the store's selection in the graph and bring a selected element into view. The elements
  // it dims or marks are remembered, so a filter change does not search the whole graph for them.
  const selectedId = selection?.id ?? null;
  const marked = useRef<Collection | null>(null);
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const target = selectedId && !hidden.current.has(selectedId) ? cy.getElementById(selectedId) : null;
    const isNode = target !== null && target.nonempty() && target.isNode();
    cy.batch(() => {
      selected.current?.unselect();
      marked.current?.removeClass('dimmed kept');
      marked.current = null;
      if (target && target.nonempty()) {
        target.select();
        // Keep the selection's own interactions in front: a node's neighbourhood, an edge's two ends.
        const kept = isNode ? cy.nodes().getElementById(selectedId!).closedNeighborhood() : cy.edges().getElementById(selectedId!).connectedNodes().add(target);
        // Dimming everything else restyles every element: on a large graph only the kept ones are marked.
        marked.current = large ? kept.addClass('kept') : cy.elements().difference(kept.union(kept.ancestors())).addClass('dimmed');
      }
    });
    if (target && target.nonempty()) {
      // A newer selection replaces any pan still under way instead of queueing behind it.
      cy.stop(true);
      if (isNode) {
        // Centre the node itself; `center` would centre its box, label included.
        const { x, y } = target.position();
        cy.animate({ pan: { x: cy.width() / 2 - x * cy.zoom(), y: cy.height() / 2 - y * cy.zoom() } }, { duration: 250 });
      } else {
        const extent = cy.extent();
        const box = target.boundingBox();
        const inView = box.x1 >= extent.x1 && box.x2 <= extent.x2 && box.y1 >= extent.y1 && box.y2 <= extent.y2;
        if (!inView) cy.animate({ center: { eles: target } }, { duration: 250 });
      }
    }
  }, [cy, selectedId, elements, large]);

  // On a large drawing the arrow keys pan in short animations: Cytoscape hides the lines while the
  // view animates, as during a drag, where a bare panBy draws every element at each step until its
  // cached pictures are rebuilt (20k, a key held right after a filter change: 6.7 → 56 fps). Held keys repeat
  // faster than an animation ends: each one moves on from where the last was heading (while that
  // animation still runs, which on a busy machine can outlast its nominal duration).
  const keyPan = useRef({ x: 0, y: 0, moving: false });
  const panByKey = (x: number, y: number) => {
    if (!cy) return;
    if (!large) {
      cy.panBy({ x, y });
      return;
    }
    const from = keyPan.current.moving && cy.animated() ? keyPan.current : cy.pan();
    const target = { x: from.x + x, y: from.y + y, moving: true };
    keyPan.current = target;
    cy.stop(true);
    cy.animate({ pan: { x: target.x, y: target.y } }, { duration: KEY_PAN_MS, complete: () => (target.moving = false) });
  };

  const zoomBy = (factor: number) => {
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  /** Keys for the canvas: arrows pan, + and − zoom, 0 fits, N and P step through the nodes by name. */
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!cy || event.altKey || event.ctrlKey || event.metaKey) return;
    const pan: Record<string, [number, number]> = { ArrowLeft: [60, 0], ArrowRight: [-60, 0], ArrowUp: [0, 60], ArrowDown: [0, -60] };
    if (event.key in pan) panByKey(pan[event.key][0], pan[event.key][1]);
    else if (event.key === '+' || event.key === '=') zoomBy(1.25);
    else if (event.key === '-') zoomBy(0.8);
    else if (event.key === '0') cy.fit(shownElements(cy), FIT_PADDING);
    else if (stepThroughNodes && (event.key === 'n' || event.key === 'p')) {
      const nodes = cy
        .nodes(LEAF_NODES)
        .filter((node) => !hidden.current.has(node.id()))
        .map((node) => ({ id: node.id(), label: String(node.data('label')) }))
        .sort((a, b) => a.label.localeCompare(b.label));
      if (nodes.length === 0) return;
      const current = nodes.findIndex((node) => node.id === selectedId);
      const step = event.key === 'n' ? 1 : -1;
      const next = current < 0 ? (step > 0 ? 0 : nodes.length - 1) : (current + step + nodes.length) % nodes.length;
      handlers.current.onSelectNode(nodes[next].id);
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
        <button type="button" onClick={() => cy?.animate({ fit: { eles: shownElements(cy), padding: FIT_PADDING } }, { duration: 250 })}>
          Fit
        </button>
        {onRelayout && (
          <button type="button" onClick={() => cy && onRelayout(cy)}>
            Re-layout
          </button>
        )}
      </div>
      <div
        className="graph-canvas"
        tabIndex={0}
        role="application"
        aria-label={`Network graph. Arrow keys pan, plus and minus zoom, 0 fits${stepThroughNodes ? ', N and P select the next or previous actor' : ''}; the List view shows the same data as tables.`}
        onKeyDown={onKeyDown}
      >
        <CytoscapeComponent
          className="graph-cytoscape"
          elements={NO_ELEMENTS}
          stylesheet={large ? largeGraphStylesheet : graphStylesheet}
          minZoom={ZOOM_RANGE[0]}
          maxZoom={ZOOM_RANGE[1]}
          boxSelectionEnabled={false}
          {...largeGraphOptions(large)}
          cy={setCy}
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
