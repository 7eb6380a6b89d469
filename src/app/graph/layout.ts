import type { Position } from 'cytoscape';
import type { Layout } from '../../schema';

/** Typical distance from a node to its nearest neighbour, in model units, once labels are drawn. */
const NEIGHBOUR_SPACING = 120;

/**
 * Distance from each point to its nearest other point at a different place (Infinity when there is
 * none). Points are swept in x order and the search stops once the x gap alone exceeds the best
 * distance, so a spread-out layout costs about n·√n instead of n².
 */
export function nearestNeighbourDistances(points: readonly Position[]): number[] {
  const order = points.map((_, i) => i).sort((a, b) => points[a].x - points[b].x);
  const best = new Array<number>(points.length).fill(Infinity);
  for (let rank = 0; rank < order.length; rank++) {
    const a = points[order[rank]];
    let nearest = Infinity;
    for (const step of [-1, 1]) {
      for (let other = rank + step; other >= 0 && other < order.length; other += step) {
        const b = points[order[other]];
        if (Math.abs(b.x - a.x) >= nearest) break;
        const distance = Math.hypot(a.x - b.x, a.y - b.y);
        if (distance > 0 && distance < nearest) nearest = distance;
      }
    }
    best[order[rank]] = nearest;
  }
  return best;
}

/**
 * The pipeline's precomputed positions, spread out: it lays out points, while the explorer draws
 * sized nodes with labels, so the drawing is scaled until the median nearest-neighbour distance
 * leaves room for them.
 */
export function scaleLayout(layout: Layout): Map<string, Position> {
  const entries = Object.entries(layout);
  const finite = nearestNeighbourDistances(entries.map(([, point]) => point))
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const median = finite.length ? finite[Math.floor(finite.length / 2)] : 0;
  const factor = median > 0 ? NEIGHBOUR_SPACING / median : 1;
  return new Map(entries.map(([id, { x, y }]) => [id, { x: x * factor, y: y * factor }]));
}
