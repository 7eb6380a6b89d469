import { READABLE_ELEMENTS } from '../model/summary';

/**
 * A dataset whose whole graph has more elements than can be read (see READABLE_ELEMENTS) is drawn
 * as large when the user asks for every actor: Cytoscape's options for big graphs go on, hover
 * fading and selection dimming (a style change on every element) go off.
 */
export const LARGE_GRAPH_ELEMENTS = READABLE_ELEMENTS;

export const ZOOM_RANGE: [number, number] = [0.15, 4];

/**
 * Cytoscape's options for a large drawing: edges drawn only when the view rests, a cached picture
 * of the graph moved while it pans or zooms, one canvas pixel per CSS pixel. Its WebGL renderer
 * (3.31+) is not used: headless Chromium here renders WebGL in software, and it measured slower
 * than the canvas at 20k elements (docs/PERFORMANCE.md).
 */
export function largeGraphOptions(large: boolean): { hideEdgesOnViewport?: boolean; textureOnViewport?: boolean; motionBlur?: boolean; pixelRatio?: number } {
  return large ? { hideEdgesOnViewport: true, textureOnViewport: true, motionBlur: false, pixelRatio: 1 } : {};
}
