/** Worker thread: extracts each batch of files it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { runBatchJob, type BatchJob } from './batch-job';

parentPort!.on('message', (job: BatchJob) => {
  runBatchJob(job).then(
    (result) => parentPort!.postMessage({ result }),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
