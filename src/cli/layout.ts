/**
 * The layout, an entry of its own (dist-cli/layout.js, imported by address: `importLayout`) so that
 * the main thread loads Cytoscape only once the rest of the dataset is written.
 */
export { computeLayout } from '../pipeline/15-layout';
