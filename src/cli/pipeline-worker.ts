/**
 * Worker thread: extracts each batch of files it is sent, answering in the order the batches came.
 * A batch starts as soon as it arrives, so its work overlaps the writing of the previous batch's
 * text shard; only the answers wait for one another. Each answer is the batch's findings as a table
 * of strings and one transferred array of fields (`encodeFindings`).
 */
import { parentPort } from 'node:worker_threads';
import { runBatchJob, type BatchJob } from './batch-job';
import { HeapGrowthLimit } from './heap-growth';
import { encodeFindings } from './shared-strings';

/**
 * After each of the corpus's last batches the worker collects its heap once it has grown by half
 * over what the last collection kept, rather than at V8's factor of about 2 (`DOCUMENT_WORKER_OPTIONS`):
 * the run's peak is the end of the worker phase, both workers' heaps on top of the main thread's
 * findings, and only there is a collection's CPU worth its memory.
 */
const HEAP_GROWTH_NEAR_END = 1.5;
const HEAP_MIN_SLACK_BYTES = 8 * 2 ** 20;

const heap = new HeapGrowthLimit(HEAP_GROWTH_NEAR_END, HEAP_MIN_SLACK_BYTES);
let answered: Promise<void> = Promise.resolve();

parentPort!.on('message', (job: BatchJob) => {
  const running = runBatchJob(job).then(encodeFindings);
  answered = answered.then(() =>
    running.then(
      (result) => {
        parentPort!.postMessage({ result }, [result.fields.buffer]);
        if (job.nearEnd) heap.check();
      },
      (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    ),
  );
});
