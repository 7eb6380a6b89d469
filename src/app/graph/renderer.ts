import type { CytoscapeOptions } from 'cytoscape';
import { READABLE_ELEMENTS } from '../model/summary';

/**
 * A dataset whose whole graph has more elements than can be read (see READABLE_ELEMENTS) is drawn
 * as large when the user asks for every actor: Cytoscape's options for big graphs go on, hover
 * fading and selection dimming (a style change on every element) go off.
 */
export const LARGE_GRAPH_ELEMENTS = READABLE_ELEMENTS;

export const ZOOM_RANGE: [number, number] = [0.15, 4];

/** Whether this browser can give Cytoscape a WebGL 2 context; asked once. */
let webgl2: boolean | undefined;
export function hasWebgl2(): boolean {
  if (webgl2 === undefined) {
    const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('webgl2');
    webgl2 = context !== null;
    context?.getExtension('WEBGL_lose_context')?.loseContext();
  }
  return webgl2;
}

/**
 * Renderer options for a drawing. Large ones draw edges only when the view rests, move a cached
 * picture of the graph while it pans or zooms, and draw at one canvas pixel per CSS pixel; with
 * `webgl` they use Cytoscape's WebGL renderer (3.31+).
 */
export function rendererOptions(large: boolean, webgl: boolean): Partial<CytoscapeOptions> {
  if (!large) return {};
  return {
    hideEdgesOnViewport: true,
    textureOnViewport: true,
    motionBlur: false,
    pixelRatio: 1,
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as Partial<CytoscapeOptions>;
}
