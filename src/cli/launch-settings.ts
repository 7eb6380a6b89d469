/**
 * How node is started for an extraction (`npm run extract`, and the benchmark that measures it): both
 * must be set before the process starts, so they live in package.json's script and here, and a test
 * keeps the two equal. Measured at 10,000 articles (PERFORMANCE.md, session 15):
 * - `--max-semi-space-size=4`: the main thread's young generation 8 MB instead of 32. It allocates
 *   mostly records it keeps, so a small one costs no CPU; 2 or 1 MB made the quotes read back climb.
 *   Workers set their own (`DOCUMENT_WORKER_OPTIONS`).
 * - `--max-inlined-bytecode-size-cumulative=300` (V8's default 920): less inlined into each optimised
 *   function. A third or more of the document stages' CPU at 1,000 articles was V8 compiling them, on
 *   its own threads (each worker compiles its own code): the stages' largest functions (resolveDocument,
 *   the statements stage's sentence loop, findPerson, dateEvent) are compiled four to six times each as new
 *   object shapes reach them, and inlining made each compile cost hundreds of milliseconds. Outputs
 *   do not change (PERFORMANCE.md, session 34).
 * - `MALLOC_ARENA_MAX=2`: glibc gives each thread that allocates its own malloc arena, and each keeps
 *   what it freed; two arenas for three threads saved about 15 MB of peak memory.
 */
export const EXTRACTION_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--max-inlined-bytecode-size-cumulative=300'];
export const EXTRACTION_ENVIRONMENT: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };
