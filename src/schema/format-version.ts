/**
 * The version of the dataset and text-shard format this build writes and reads. Apart from the zod
 * schemas, like `quoteProblems`, so that the pipeline's worker threads, which only stamp it, do not
 * load zod.
 */
export const FORMAT_VERSION = 2;
