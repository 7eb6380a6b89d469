/**
 * One measured extraction, run by scripts/bench-extract.ts in a process of its own so that the peak
 * resident memory is this corpus's alone. Does what `npm run extract` does (list the folder, read and
 * extract it on `--workers` threads writing the text shards, validate, write the dataset; all into a
 * temporary folder removed afterwards) and prints one JSON `Measurement` on stdout.
 * With `--gold`, scores the dataset afterwards, outside the timings and after the memory reading.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomically } from '../../src/cli/atomic-write';
import { datasetJsonChunksAwaitingLayout } from '../../src/cli/dataset-json';
import { extractCorpusLayingOut } from '../../src/cli/extract-corpus';
import { listCorpus } from '../../src/cli/read-corpus';
import { score, type Metrics } from '../../src/eval/score';
import { importValidation } from '../../src/cli/sibling-module';
import { textShardFolder, type Dataset } from '../../src/schema';

export interface Measurement {
  documents: number;
  bytes: number;
  /**
   * Per step in order of first appearance (list, each pipeline stage by name summed over batches, or
   * the document stages as one step with workers; validate, write): wall-clock seconds and CPU
   * seconds of this process (all its threads). On a busy machine the CPU time is the steadier figure.
   * In one thread, reading each batch's files counts towards `ingest`.
   */
  steps: { name: string; seconds: number; cpuSeconds: number }[];
  seconds: number;
  cpuSeconds: number;
  peakRssMB: number;
  events: number;
  actors: number;
  metrics: Metrics | null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, gold: { type: 'string' }, workers: { type: 'string', default: '1' } } });
  if (!values.corpus) throw new Error('--corpus <dir> is required');
  const workers = Number(values.workers);
  let result: Dataset | null = null;
  const steps = new Map<string, { seconds: number; cpuSeconds: number }>();
  const started = performance.now();
  let mark = started;
  let cpuMark = process.cpuUsage();
  let lastReport = started;
  const lap = (name: string) => {
    const now = performance.now();
    const cpu = process.cpuUsage(cpuMark);
    const step = steps.get(name);
    steps.set(name, { seconds: (step?.seconds ?? 0) + (now - mark) / 1000, cpuSeconds: (step?.cpuSeconds ?? 0) + (cpu.user + cpu.system) / 1e6 });
    // Progress for long runs, and the last step reached when a run dies (out of memory). A step seen
    // before is a document stage on another batch: at most one line every 2 s for those.
    if (now - lastReport > 2000 || !step) {
      process.stderr.write(`bench:   ${name} done, ${((now - started) / 1000).toFixed(1)} s in, RSS ${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MB\n`);
      lastReport = now;
    }
    mark = now;
    cpuMark = process.cpuUsage();
  };

  const output = mkdtempSync(join(tmpdir(), 'diplograph-bench-'));
  const datasetFile = join(output, 'dataset.json');
  const listing = await listCorpus(values.corpus);
  lap('list');
  try {
    const { dataset, layout } = await extractCorpusLayingOut(listing, { workers, textFolder: textShardFolder(datasetFile), context: { onStage: lap } });
    const validation = (await importValidation()).validateDataset(dataset);
    lap('validate');
    if (!validation.ok) throw new Error(`the extracted dataset is not valid:\n  ${validation.problems.join('\n  ')}`);
    // The layout is computed once the rest is written, as `npm run extract` does.
    await writeFileAtomically(datasetFile, datasetJsonChunksAwaitingLayout(validation.dataset, layout));
    lap('write');
    result = { ...validation.dataset, layout: await layout() };
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
  const peakRssMB = process.resourceUsage().maxRSS / 1024;

  let metrics: Metrics | null = null;
  if (values.gold) {
    const { parseGold } = await importValidation();
    const gold = parseGold(JSON.parse(readFileSync(values.gold, 'utf8')));
    if (!gold.ok) throw new Error(`gold file ${values.gold} is not valid:\n  ${gold.problems.join('\n  ')}`);
    metrics = score(result!, gold.gold).metrics;
  }
  const stepList = [...steps].map(([name, step]) => ({ name, ...step }));
  const measurement: Measurement = {
    documents: listing.articles.length,
    bytes: listing.articles.reduce((sum, file) => sum + file.size, 0),
    steps: stepList,
    seconds: stepList.reduce((sum, step) => sum + step.seconds, 0),
    cpuSeconds: stepList.reduce((sum, step) => sum + step.cpuSeconds, 0),
    peakRssMB,
    events: result!.events.length,
    actors: result!.actors.length,
    metrics,
  };
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
