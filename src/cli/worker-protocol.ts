/** The messages between the main thread and a document worker (`pipeline-worker.ts`), besides the batches it is sent. */
import type { EncodedFindings } from './shared-strings';

/** Sent once a worker has been sent its last batch: answered when every text shard it was to write is on disk. */
export const FLUSH_TEXT_SHARDS = 'flush text shards';

/** One answer per message, in the order they came: a batch's findings, the flush's, or why either failed. */
export type WorkerAnswer = { result: EncodedFindings } | { flushed: true } | { error: string };
