/**
 * `npx tsx scripts/bench/stage-alone.ts <corpus> <stage> [passes]`: one document stage timed alone,
 * in this thread. The corpus is read and the stages before `<stage>` run once per batch; then the stage
 * runs `passes` times (15 unless given) over every batch, and the CPU time of each whole pass is
 * taken. Prints the fastest and the median pass. On a shared machine, whole extractions of two builds
 * differ by less than their runs do; a stage run alone, many times, over the same input shows what a
 * change to it does (alternate the builds, bundled by esbuild as `npm run build:cli` does).
 */
import { listCorpus, readSourceFile } from '../../src/cli/read-corpus';
import { documentStages, initialState, planBatches, runStages } from '../../src/pipeline';
import { catalogueCorpus } from '../../src/pipeline/00-catalogue';
import { readHtml } from '../../src/pipeline/01-ingest/read-html';
import type { SourceFile } from '../../src/pipeline/types';

async function main(): Promise<void> {
  const [corpus, stageName, passesArgument] = process.argv.slice(2);
  if (!corpus || !stageName) throw new Error('usage: stage-alone.ts <corpus> <stage> [passes]');
  const at = documentStages.findIndex(([name]) => name === stageName);
  if (at < 0) throw new Error(`no document stage "${stageName}": ${documentStages.map(([name]) => name).join(', ')}`);
  const passes = Number(passesArgument ?? 15);
  const listing = await listCorpus(corpus);
  const { catalogue } = catalogueCorpus(listing.articles.map((file) => file.path), listing.manifests);
  // The batches the CLI reads (about 256 KB each), so that what a stage does per batch costs what it does there.
  const inputs = planBatches(listing.articles).map((entries) => {
    const files: SourceFile[] = [];
    for (const entry of entries) {
      const read = readSourceFile(entry);
      if ('file' in read) files.push(read.file);
    }
    return runStages({ ...initialState(files), catalogue }, documentStages.slice(0, at), { readHtml });
  });
  const stage = documentStages[at][1];
  const milliseconds: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const started = process.cpuUsage();
    for (const input of inputs) stage(input, { readHtml });
    const used = process.cpuUsage(started);
    milliseconds.push((used.user + used.system) / 1000);
  }
  milliseconds.sort((a, b) => a - b);
  process.stdout.write(`${stageName}: fastest ${milliseconds[0].toFixed(0)} ms, median ${milliseconds[milliseconds.length >> 1].toFixed(0)} ms per pass of ${inputs.length} batches (${passes} passes)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
