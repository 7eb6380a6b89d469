/**
 * Worker thread: lays out the graph it is sent (one `LayoutGraph`) and answers with the positions,
 * so that the main thread validates and writes the dataset meanwhile, and never loads Cytoscape.
 */
import { parentPort } from 'node:worker_threads';
import { computeLayout } from '../pipeline/15-layout';
import type { LayoutGraph } from '../pipeline/15-layout/graph';

parentPort!.once('message', (graph: LayoutGraph) => {
  try {
    parentPort!.postMessage({ layout: computeLayout(graph) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
