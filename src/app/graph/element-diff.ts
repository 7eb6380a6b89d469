import type { ElementDefinition } from 'cytoscape';

/**
 * What turns the drawing into the next elements. Elements a filter leaves out are hidden, not
 * removed: putting a hidden element back costs Cytoscape one style property, where adding it again
 * costs a full restyle (measured at 20k: 0.81 to 0.43 s of CPU to put 8,700 elements back).
 */
export interface ElementDiff {
  /** Ids to take out of the drawing: their parent, source or target changed, so they are added again. */
  remove: string[];
  add: ElementDefinition[];
  /** Drawn elements the next view leaves out. */
  hide: BoxMembersApart;
  /** Hidden elements the next view brings back. */
  show: BoxMembersApart;
  /** Elements kept with new data or a new position: only the changed parts are set. */
  update: { id: string; data?: Record<string, unknown>; position?: { x: number; y: number } }[];
}

/** Ids of elements, the members of a country box apart from the rest: hiding.ts hides the two differently. */
export interface BoxMembersApart {
  members: string[];
  others: string[];
}

/** A node inside a country box (a compound node): its data names the box. */
const isBoxMember = (element: ElementDefinition) => !!element.data.parent;

/** Without Object.keys, which allocated two arrays per element at every filter change. */
function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const key in a) if (!(key in b) || a[key] !== b[key]) return false;
  for (const key in b) if (!(key in a)) return false;
  return true;
}

/**
 * The smallest change from the drawing to `next`: `drawn` holds every element in it by id (as last
 * set), `hidden` the ids of those hidden. Element data is flat, so data compares value by value. A
 * node that moves to another parent is removed and added again: Cytoscape cannot move an element
 * between compound parents through its data.
 */
export function diffElements(drawn: ReadonlyMap<string, ElementDefinition>, hidden: ReadonlySet<string>, next: readonly ElementDefinition[]): ElementDiff {
  const diff: ElementDiff = { remove: [], add: [], hide: { members: [], others: [] }, show: { members: [], others: [] }, update: [] };
  const nextIds = new Set<string>();
  for (const element of next) {
    const id = String(element.data.id);
    nextIds.add(id);
    const before = drawn.get(id);
    if (!before || before.data.parent !== element.data.parent || before.data.source !== element.data.source || before.data.target !== element.data.target) {
      if (before) diff.remove.push(id);
      diff.add.push(element);
      continue;
    }
    if (hidden.has(id)) (isBoxMember(element) ? diff.show.members : diff.show.others).push(id);
    const change: ElementDiff['update'][number] = { id };
    if (!sameData(before.data, element.data)) change.data = element.data;
    const [a, b] = [before.position, element.position];
    if (b && (!a || a.x !== b.x || a.y !== b.y)) change.position = b;
    if (change.data || change.position) diff.update.push(change);
  }
  for (const [id, element] of drawn) if (!nextIds.has(id) && !hidden.has(id)) (isBoxMember(element) ? diff.hide.members : diff.hide.others).push(id);
  return diff;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The zoom and pan that fit nodes of the given positions and sizes in a `width` × `height` view
 * with `padding` pixels around them. Computed from the model, so Cytoscape need not measure every
 * element (and its label) before the first frame, as `cy.fit` does.
 */
export function fitViewport(nodes: readonly { x: number; y: number; size: number }[], width: number, height: number, padding: number, zoomRange: [number, number]): Viewport | null {
  if (nodes.length === 0 || width <= 0 || height <= 0) return null;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y, size } of nodes) {
    x1 = Math.min(x1, x - size / 2);
    x2 = Math.max(x2, x + size / 2);
    y1 = Math.min(y1, y - size / 2);
    y2 = Math.max(y2, y + size / 2);
  }
  const fit = Math.min((width - 2 * padding) / Math.max(1, x2 - x1), (height - 2 * padding) / Math.max(1, y2 - y1));
  const zoom = Math.min(zoomRange[1], Math.max(zoomRange[0], fit));
  return { zoom, pan: { x: width / 2 - zoom * ((x1 + x2) / 2), y: height / 2 - zoom * ((y1 + y2) / 2) } };
}
