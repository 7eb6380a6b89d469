import type { StylesheetJsonBlock } from 'cytoscape';

/** The label size at zoom 1 and closer, in model units. */
export const BASE_FONT_SIZE = 12;

/** Labels grow in model units as the view zooms out, so they keep 12 px on screen, up to 26 units; whole units, so small zoom steps restyle nothing. */
export function labelFontSize(zoom: number): number {
  return Math.round(Math.min(26, Math.max(BASE_FONT_SIZE, BASE_FONT_SIZE / zoom)));
}

/** The label style for a font size: the wrapping width grows with it. */
export function labelStyle(fontSize: number): { 'font-size': number; 'text-max-width': string } {
  return { 'font-size': fontSize, 'text-max-width': `${Math.round((130 * fontSize) / BASE_FONT_SIZE)}px` };
}

const KIND_COLORS = { person: '#2f5fc4', country: '#23804f', organization: '#b4540f' } as const;

/** Kinds differ in shape as well as colour, so they read without colour vision too. */
export const graphStylesheet: StylesheetJsonBlock[] = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': BASE_FONT_SIZE,
      'font-family': 'system-ui, sans-serif',
      color: '#16202f',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 3,
      'min-zoomed-font-size': 7,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
  { selector: 'node[kind = "person"]', style: { shape: 'ellipse', 'background-color': KIND_COLORS.person } },
  { selector: 'node[kind = "country"]', style: { shape: 'round-rectangle', 'background-color': KIND_COLORS.country } },
  { selector: 'node[kind = "organization"]', style: { shape: 'round-diamond', 'background-color': KIND_COLORS.organization } },
  {
    selector: 'node[kind = "group"]',
    style: {
      shape: 'round-rectangle',
      'background-color': '#eef2f7',
      'background-opacity': 0.8,
      'border-color': '#9aa8bc',
      'border-style': 'dashed',
      'border-width': 1.5,
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -4,
      'font-weight': 'bold',
      color: '#3a4658',
      padding: '18px',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      // Straight unless another edge joins the same pair: Cytoscape routes a bezier edge by looking
      // up every parallel edge of its pair, the largest cost of adding edges back after a filter.
      'curve-style': 'straight',
      'line-color': '#6a7890',
      opacity: 0.85,
    },
  },
  {
    selector: 'edge[type = "statement"]',
    style: {
      'line-color': '#c9753d',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#c9753d',
      'arrow-scale': 0.9,
    },
  },
  { selector: 'edge[?parallel]', style: { 'curve-style': 'bezier' } },
  { selector: 'edge[?tentative]', style: { 'line-style': 'dashed' } },
  // One undirected line per pair of countries: straight from centre to centre, the cheapest to draw.
  { selector: 'edge[kind = "summary"]', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } },
  {
    selector: 'node[kind = "summary"]',
    style: { shape: 'ellipse', 'background-color': KIND_COLORS.country, 'font-weight': 'bold', 'text-max-width': '180px' },
  },
  // round-diamond (here and for organizations above): Cytoscape's plain diamond missed a click on its own centre (a line to it took the tap).
  { selector: 'node[group = "organizations"]', style: { shape: 'round-diamond', 'background-color': KIND_COLORS.organization } },
  { selector: 'node[group = "none"]', style: { 'background-color': '#7a8699' } },
  { selector: '.dimmed', style: { opacity: 0.3 } },
  // A selection on a large graph marks its neighbourhood instead of dimming everything else.
  { selector: 'node.kept', style: { 'border-color': '#16202f', 'border-width': 3, 'z-index': 10 } },
  { selector: 'edge.kept', style: { opacity: 1, 'line-color': '#16202f', 'target-arrow-color': '#16202f', 'z-index': 10 } },
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.25 } },
  { selector: 'node.highlighted', style: { 'border-color': '#16202f', 'border-width': 3 } },
  { selector: 'edge.highlighted', style: { opacity: 1, 'z-index': 10 } },
  {
    selector: 'node:selected',
    style: { 'border-color': '#f2b705', 'border-width': 5, 'font-weight': 'bold', 'z-index': 20 },
  },
  {
    selector: 'edge:selected',
    style: { 'line-color': '#f2b705', 'target-arrow-color': '#f2b705', opacity: 1, 'z-index': 20 },
  },
];

/**
 * Large drawings: haystack lines (centre to centre; Cytoscape's cheapest edge, with no endpoint
 * found on the node's outline; parallel ones overlap), so no arrowheads, and no label halo.
 */
export const largeGraphStylesheet: StylesheetJsonBlock[] = [
  ...graphStylesheet,
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } },
  { selector: 'node', style: { 'text-outline-width': 0 } },
];
