/**
 * Worker thread: extracts each batch of files it is sent, answering in the order the batches came.
 * A batch starts as soon as it arrives, so its work overlaps the writing of the previous batch's
 * text shard; only the answers wait for one another. Each answer is the batch's findings as a table
 * of strings and one transferred array of fields (`encodeFindings`).
 */
import { parentPort } from 'node:worker_threads';
import { runBatchJob, type BatchJob } from './batch-job';
import { encodeFindings } from './shared-strings';

let answered: Promise<void> = Promise.resolve();

parentPort!.on('message', (job: BatchJob) => {
  const running = runBatchJob(job).then(encodeFindings);
  answered = answered.then(() =>
    running.then(
      (result) => parentPort!.postMessage({ result }, [result.fields.buffer]),
      (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    ),
  );
});
