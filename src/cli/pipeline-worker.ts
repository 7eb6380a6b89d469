/**
 * Worker thread: extracts each batch of files it is sent, answering in the order the batches came.
 * Its findings are sent before its text shard is written, and the next batch starts once that write
 * is done, so the worker no longer holds one batch's findings while it runs the next (with two
 * batches in flight they waited in its heap for their shard's `fsync` while the next batch ran:
 * PERFORMANCE.md, session 30). The next batch is not started beside the write: a worker that is
 * always sent its next batch before it ends one handles its messages one after another without
 * returning to its event loop, so its writes barely advanced and their shards piled up in its heap
 * (a peak of 1,023 MB at 10k articles in one run). The main thread reads quotes back from the shards only after
 * asking `FLUSH_TEXT_SHARDS`, answered once every shard is written, or with the first that was not.
 * Each answer is the batch's findings as a table of strings and one transferred array of fields
 * (`encodeFindings`).
 */
import { parentPort } from 'node:worker_threads';
import { extractBatch, type BatchJob } from './batch-job';
import { encodeFindings } from './shared-strings';
import { FLUSH_TEXT_SHARDS, type WorkerAnswer } from './worker-protocol';

/** The batches' work, one at a time: a batch is extracted once the one before has written its shard. */
let working: Promise<void> = Promise.resolve();
/** The first text shard that could not be written: every answer after it is this error. */
let writeFailure: unknown;

const answer = (message: WorkerAnswer, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);
const failure = (error: unknown): WorkerAnswer => ({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });

parentPort!.on('message', (job: BatchJob | typeof FLUSH_TEXT_SHARDS) => {
  working = working.then(() => (job === FLUSH_TEXT_SHARDS ? answer(writeFailure === undefined ? { flushed: true } : failure(writeFailure)) : work(job)));
});

async function work(job: BatchJob): Promise<void> {
  if (writeFailure !== undefined) return answer(failure(writeFailure));
  let writeTexts: () => Promise<void>;
  try {
    const extracted = await extractBatch(job);
    writeTexts = extracted.writeTexts;
    const result = encodeFindings(extracted.findings);
    answer({ result }, [result.fields.buffer]);
  } catch (error) {
    return answer(failure(error));
  }
  await writeTexts().catch((error: unknown) => {
    writeFailure = error;
  });
}
