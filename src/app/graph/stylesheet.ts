import type { StylesheetJsonBlock } from 'cytoscape';

const KIND_COLORS = { person: '#2f5fc4', country: '#23804f', organization: '#b4540f' } as const;

/** Kinds differ in shape as well as colour, so they read without colour vision too. */
export const graphStylesheet: StylesheetJsonBlock[] = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 12,
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
  { selector: 'node[kind = "organization"]', style: { shape: 'diamond', 'background-color': KIND_COLORS.organization } },
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
      'curve-style': 'bezier',
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
  { selector: 'edge[?tentative]', style: { 'line-style': 'dashed' } },
  { selector: '.dimmed', style: { opacity: 0.3 } },
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
