/**
 * The pipeline on every core: corpus preparation and refinement in this thread, the document
 * stages (the bulk of the work) on contiguous slices of the corpus in worker threads. Slices are
 * merged in corpus order, so the dataset is byte-for-byte the one `runPipeline` gives.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { documentStages, findInDocuments, prepareDocuments, refineFindings, type DocumentFindings } from '../pipeline';
import type { PipelineContext, SourceFile } from '../pipeline/types';
import type { Dataset, Document } from '../schema';

/** Below this much text a worker's start-up costs more than it saves. */
const MIN_PARALLEL_CHARS = 200_000;

export function defaultWorkerCount(): number {
  return availableParallelism();
}

export async function runPipelineInWorkers(files: SourceFile[], workers: number, context: PipelineContext = {}): Promise<Dataset> {
  const prepared = prepareDocuments(files, context);
  const totalChars = prepared.documents.reduce((sum, d) => sum + d.text.length, 0);
  if (workers <= 1 || totalChars < MIN_PARALLEL_CHARS) return refineFindings(prepared, [findInDocuments(prepared, context)], context);
  const findings = await Promise.all(sliceByLength(prepared.documents, workers).map(findInWorker));
  for (const [name] of documentStages) context.onStage?.(name);
  return refineFindings(prepared, findings, context);
}

/** Contiguous slices of about equal text length. */
export function sliceByLength(documents: Document[], count: number): Document[][] {
  const total = documents.reduce((sum, d) => sum + d.text.length, 0);
  const slices: Document[][] = [[]];
  let filled = 0;
  for (const document of documents) {
    if (filled >= (total * slices.length) / count && slices.length < count) slices.push([]);
    slices[slices.length - 1].push(document);
    filled += document.text.length;
  }
  return slices.filter((slice) => slice.length > 0);
}

function findInWorker(documents: Document[]): Promise<DocumentFindings> {
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    worker.once('message', (findings: DocumentFindings) => {
      resolve(findings);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.postMessage(documents);
  });
}

/**
 * Workers do not inherit tsx's TypeScript loader on Node 20, so each one registers it before
 * importing the worker module.
 */
function startWorker(): Worker {
  const entry = new URL('./pipeline-worker.ts', import.meta.url).href;
  const loader = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import { register } from ${JSON.stringify(loader)}; register(); await import(${JSON.stringify(entry)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`));
}
