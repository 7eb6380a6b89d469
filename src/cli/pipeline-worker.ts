/**
 * Worker thread: extracts each batch of files it is sent, answering in the order the batches came.
 * A batch starts as soon as it arrives. Its findings are sent before its text shard is written, so
 * the worker no longer holds them while it runs the next batch beside that write (with two batches
 * in flight, one batch's findings waited in its heap for their shard's `fsync` while the next batch
 * ran: PERFORMANCE.md, session 30). The main thread reads quotes back from the shards only after
 * asking `FLUSH_TEXT_SHARDS`, answered once every shard is written, or with the first that was not.
 * Each answer is the batch's findings as a table of strings and one transferred array of fields
 * (`encodeFindings`).
 */
import { parentPort } from 'node:worker_threads';
import { extractBatch, type BatchJob } from './batch-job';
import { encodeFindings } from './shared-strings';
import { FLUSH_TEXT_SHARDS, type WorkerAnswer } from './worker-protocol';

let answered: Promise<void> = Promise.resolve();
let writing: Promise<void> = Promise.resolve();
/** The first text shard that could not be written: every answer after it is this error. */
let writeFailure: unknown;

const answer = (message: WorkerAnswer, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);
const failure = (error: unknown): WorkerAnswer => ({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });

parentPort!.on('message', (job: BatchJob | typeof FLUSH_TEXT_SHARDS) => {
  if (job === FLUSH_TEXT_SHARDS) {
    answered = answered.then(() => writing.then(() => answer(writeFailure === undefined ? { flushed: true } : failure(writeFailure))));
    return;
  }
  const extracting = extractBatch(job);
  answered = answered.then(() =>
    extracting.then(
      ({ findings, writeTexts }) => {
        if (writeFailure !== undefined) return answer(failure(writeFailure));
        const result = encodeFindings(findings);
        answer({ result }, [result.fields.buffer]);
        const written = writeTexts().catch((error: unknown) => {
          writeFailure ??= error;
        });
        writing = writing.then(() => written);
      },
      (error: unknown) => answer(failure(error)),
    ),
  );
});
