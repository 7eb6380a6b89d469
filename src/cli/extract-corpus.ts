/**
 * Extraction of a listed corpus on every core, streaming: the main thread catalogues the corpus and
 * hands batches of file paths to worker threads, which read the files, run the document stages and
 * write the texts; only the findings come back (with a text folder, their evidence without quotes,
 * read back from the texts once the dataset is assembled). Batches are merged in corpus order, so the dataset
 * is byte for byte the same with any number of workers (and the one `runPipeline` gives).
 */
import { availableParallelism } from 'node:os';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { catalogueCorpus } from '../pipeline/00-catalogue';
import { assembleRefinement, foldFindings, initialState, planBatches, startRefinement } from '../pipeline';
import { layoutGraph } from '../pipeline/15-layout/graph';
import type { Catalogue, PipelineContext } from '../pipeline/types';
import type { Dataset, Layout } from '../schema';
import type { BatchJob } from './batch-job';
import { readQuotesFromTextShards } from './evidence-quotes';
import { HeapGrowthLimit } from './heap-growth';
import type { CorpusEntry, CorpusListing } from './read-corpus';
import { encodeFindings, StringPool, type EncodedFindings } from './shared-strings';
import { importBatchJob, importLayout, runsFromSource, siblingModule } from './sibling-module';
import { FLUSH_TEXT_SHARDS, type WorkerAnswer } from './worker-protocol';

/** Below this many bytes of articles a worker's start-up costs more than it saves. */
const MIN_PARALLEL_BYTES = 200_000;

/**
 * The main thread collects its heap once it uses this many times what the last collection left, plus
 * the room its young generation takes, at least the minimum slack (`HeapGrowthLimit`). 1.25 with
 * node's default 32 MB young generation: at 10,000 articles, eight in a traced run, five of them while
 * the workers ran. `npm run extract` starts node with an 8 MB one (`launch-settings.ts`).
 */
const MAIN_HEAP_GROWTH = 1.25;
const MAIN_HEAP_MIN_SLACK_BYTES = 8 * 2 ** 20;

/**
 * Assemble builds every event's record while the drafts are still held (about 40 MB at 10k articles):
 * the refiners' garbage is collected before it whatever its size, or it was the run's peak (320–324 MB
 * against 295–305 when the 1.25 check happened to collect there; PERFORMANCE.md, session 18).
 */
const REFINER_BEFORE_ASSEMBLY = 'merge reported events';

export function defaultWorkerCount(): number {
  return availableParallelism();
}

export interface ExtractOptions {
  workers: number;
  /** Folder for the text shards; null keeps no texts. */
  textFolder: string | null;
  /** Called as batches finish, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Per-stage timing: stages run in workers are reported as one. */
  context?: PipelineContext;
}

/**
 * The dataset without its `layout`, and the layout, computed in this thread on the first call (the
 * same promise on every call), once the caller has validated and written the rest of the dataset.
 */
export interface ExtractionLayingOut {
  dataset: Dataset;
  layout: () => Promise<Layout>;
}

/** The whole dataset, its layout last. */
export async function extractCorpus(listing: CorpusListing, options: ExtractOptions): Promise<Dataset> {
  const { dataset, layout } = await extractCorpusLayingOut(listing, options);
  return { ...dataset, layout: await layout() };
}

/**
 * The layout (0.7 s at 10k articles) needs only actor ids and event pairs, taken now; it is computed
 * when asked for, which the CLI does last, once the dataset is validated and written: Cytoscape is
 * then loaded into this thread and the layout's garbage goes to its young generation. In a worker
 * beside the validation (session 7), the worker's 40 MB came on top of the main thread's heap at its
 * largest, the peak of the run at 10,000 articles (PERFORMANCE.md, session 14).
 */
export async function extractCorpusLayingOut(listing: CorpusListing, options: ExtractOptions): Promise<ExtractionLayingOut> {
  const context = options.context ?? {};
  const corpus = catalogueCorpus(listing.articles.map((file) => file.path), listing.manifests);
  context.onStage?.('catalogue');
  const jobs: BatchJob[] = planBatches(listing.articles).map((files) => ({ files, catalogue: catalogueFor(corpus.catalogue, files), textFolder: options.textFolder }));
  const totalBytes = listing.articles.reduce((sum, file) => sum + file.size, 0);
  const workers = totalBytes < MIN_PARALLEL_BYTES ? 1 : Math.min(options.workers, jobs.length);
  const heap = new HeapGrowthLimit(MAIN_HEAP_GROWTH, MAIN_HEAP_MIN_SLACK_BYTES);
  const strings = new StringPool();
  const refinement = startRefinement({ ...initialState(), catalogue: corpus.catalogue, warnings: [...listing.warnings, ...corpus.warnings] });
  // Results can come back out of corpus order (two workers): each waits here until those before it are folded, still
  // encoded (its string table and packed fields), which takes a fraction of the records decoding builds.
  const waiting = new Map<number, EncodedFindings>();
  let folded = 0;
  const take = (index: number, result: EncodedFindings) => {
    waiting.set(index, result);
    for (let next = waiting.get(folded); next !== undefined; next = waiting.get(folded)) {
      waiting.delete(folded);
      foldFindings(refinement, strings.decodeFindings(next));
      folded++;
    }
    options.onProgress?.(folded, jobs.length);
  };
  if (workers <= 1) await runInThisThread(jobs, context, take);
  else {
    // Checked as batches come only with workers: in one thread the heap also holds the document stages' garbage.
    await runInWorkers(jobs, workers, (index, result) => {
      take(index, result);
      heap.check();
    });
    // Workers do not report their stages one by one: one lap holds them all.
    context.onStage?.(`read and document stages (${workers} workers)`);
  }
  const dataset = assembleRefinement(refinement, {
    onStage: (name) => {
      context.onStage?.(name);
      heap.check(name === REFINER_BEFORE_ASSEMBLY ? 1 : MAIN_HEAP_GROWTH);
    },
  });
  if (options.textFolder !== null) {
    await readQuotesFromTextShards(dataset, options.textFolder);
    context.onStage?.('quotes from text shards');
    heap.check();
  }
  const graph = layoutGraph(dataset);
  let layout: Promise<Layout> | undefined;
  return { dataset, layout: () => (layout ??= importLayout().then(({ computeLayout }) => computeLayout(graph))) };
}

type TakeResult = (index: number, result: EncodedFindings) => void;

async function runInThisThread(jobs: BatchJob[], context: PipelineContext, take: TakeResult): Promise<void> {
  const { runBatchJob } = await importBatchJob();
  // Cloned as a worker's result would be: quotes and names are slices of the article texts, and a slice
  // keeps its whole text alive, so memory would grow with the corpus rather than with what was found.
  for (const [index, job] of jobs.entries()) take(index, structuredClone(encodeFindings(await runBatchJob(job, context))));
}

/**
 * Batches sent ahead to each worker: with one, a worker idled while the main thread took its
 * findings and sent the next batch, and while its text shard was flushed to disk.
 */
const BATCHES_IN_FLIGHT = 2;

/**
 * A pool of workers, each sent the next batch as it answers one; each result is taken with its batch's
 * index. A worker answers a batch before its text shard is written: it is asked once more, after its
 * last batch, for all its shards to be on disk, before the quotes are read back from them. A worker
 * that has written its last shard ends at once rather than with the pool: its heap
 * (about 70 MB at 10,000 articles) goes while the others finish theirs, when the main thread holds
 * nearly all the findings.
 */
async function runInWorkers(jobs: BatchJob[], count: number, take: TakeResult): Promise<void> {
  let next = 0;
  const pool = Array.from({ length: count }, () => new PipelineWorker(startWorker('pipeline-worker', DOCUMENT_WORKER_OPTIONS)));
  try {
    await Promise.all(
      pool.map(async (worker) => {
        await Promise.all(
          Array.from({ length: BATCHES_IN_FLIGHT }, async () => {
            for (let index = next++; index < jobs.length; index = next++) take(index, await worker.run(jobs[index]));
          }),
        );
        await worker.flushTextShards();
        await worker.terminate();
      }),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}

/** A worker thread with the messages sent to it and not yet answered, in the order it answers them. */
class PipelineWorker {
  private readonly waiting: { job: BatchJob | null; resolve: (result: EncodedFindings | null) => void; reject: (error: Error) => void }[] = [];

  constructor(private readonly worker: Worker) {
    worker.on('message', (message: WorkerAnswer) => {
      const answered = this.waiting.shift()!;
      if ('error' in message) answered.reject(new Error(message.error));
      else answered.resolve('result' in message ? message.result : null);
    });
    worker.on('error', (error: Error) => this.failAll(() => error));
    // A worker killed from outside (out of memory, a signal) may end without an error event.
    worker.on('exit', (code: number) =>
      this.failAll((job) => new Error(`a worker thread stopped (exit code ${code}) while ${job === null ? 'writing its text shards' : `reading ${job.files[0]?.path ?? 'a batch'} and the files after it`}`)),
    );
  }

  run(job: BatchJob): Promise<EncodedFindings> {
    return this.send(job) as Promise<EncodedFindings>;
  }

  /** Settled once every text shard of the batches it was sent is written, or rejected with the first that was not. */
  async flushTextShards(): Promise<void> {
    await this.send(null);
  }

  private send(job: BatchJob | null): Promise<EncodedFindings | null> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      this.worker.postMessage(job ?? FLUSH_TEXT_SHARDS);
    });
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }

  private failAll(errorFor: (job: BatchJob | null) => Error): void {
    for (const { job, reject } of this.waiting.splice(0)) reject(errorFor(job));
  }
}

/**
 * The CLI runs bundled (`npm run build:cli`: dist-cli/, the worker module and the batch job's beside
 * the CLI's), which spares each thread tsx's loader and per-file transpiling (measured per thread:
 * 65 MB and 0.7 CPU s of start-up). Run from its TypeScript source (tests, scripts under tsx), the
 * worker does not inherit tsx's loader on Node 20, so it registers it before importing the worker module.
 */
function startWorker(name: string, options: WorkerOptions): Worker {
  if (!runsFromSource) return new Worker(siblingModule(name), options);
  const loader = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import { register } from ${JSON.stringify(loader)}; register(); await import(${JSON.stringify(siblingModule(name).href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), options);
}

/**
 * The document workers' heaps. After each full collection V8 lets a heap's old generation grow to up
 * to 4 times what survived it when the heap's limit is 2 GB or more (the default here), and to
 * 1.3 + 0.7 × (limit − 256 MB) / 1,792 MB times below: a limit of 2,000 MB makes that about 2, so a
 * worker's heap, which keeps 22–28 MB (its modules and compiled code) between batches, grows to about
 * 50–70 MB instead of 100–117. With 4 MB of young generation (session 6) each batch's intermediate
 * records outlived the scavenges and were promoted, filling the old generation with garbage and
 * calling for twice as many full collections at the smaller factor; 16 MB lets more of them die young.
 * At 10k articles: peak RSS about 400–420 → 340–360 MB, at a CPU cost of a few per cent
 * (PERFORMANCE.md, session 13). A single article file would need more than 2 GB of heap to fail here.
 */
const DOCUMENT_WORKER_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 2000 } };

/** The part of the catalogue a batch needs (so each worker is sent little). */
function catalogueFor(catalogue: Catalogue, files: readonly CorpusEntry[]): Catalogue {
  const manifest = new Map(files.flatMap((file) => (catalogue.manifest.has(file.path) ? [[file.path, catalogue.manifest.get(file.path)!] as const] : [])));
  const fileIds = new Map(files.map((file) => [file.path, catalogue.fileIds.get(file.path)!] as const));
  return { manifest, fileIds };
}
