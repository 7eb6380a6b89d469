/**
 * One measured extraction, run by scripts/bench-extract.ts in a process of its own so that the peak
 * resident memory is this corpus's alone. Does what `npm run extract` does (read the folder, run the
 * pipeline on `--workers` threads, validate, serialise) and prints one JSON `Measurement` on stdout.
 * With `--gold`, scores the dataset afterwards, outside the timings and after the memory reading.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runPipelineInWorkers } from '../../src/cli/parallel-pipeline';
import { readCorpus } from '../../src/cli/read-corpus';
import { parseGold } from '../../src/eval/gold';
import { score, type Metrics } from '../../src/eval/score';
import { documentStages } from '../../src/pipeline';
import { validateDataset } from '../../src/schema';

export interface Measurement {
  documents: number;
  bytes: number;
  /**
   * Per step in order (read, each pipeline stage by name, validate, serialize): wall-clock seconds
   * and CPU seconds of this process. On a busy machine the CPU time is the steadier figure.
   */
  steps: { name: string; seconds: number; cpuSeconds: number }[];
  seconds: number;
  cpuSeconds: number;
  peakRssMB: number;
  events: number;
  actors: number;
  metrics: Metrics | null;
}

/**
 * In worker threads the document stages run together and report their ends all at once: the first
 * one's lap holds them all. One step then says what was measured.
 */
function mergeDocumentStages(steps: Measurement['steps'], workers: number): Measurement['steps'] {
  const names = new Set(documentStages.map(([name]) => name));
  const merged = steps.filter((step) => names.has(step.name));
  const step = {
    name: `document stages (${workers} workers)`,
    seconds: merged.reduce((sum, s) => sum + s.seconds, 0),
    cpuSeconds: merged.reduce((sum, s) => sum + s.cpuSeconds, 0),
  };
  const first = steps.findIndex((s) => names.has(s.name));
  return [...steps.slice(0, first), step, ...steps.slice(first).filter((s) => !names.has(s.name))];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, gold: { type: 'string' }, workers: { type: 'string', default: '1' } } });
  if (!values.corpus) throw new Error('--corpus <dir> is required');
  const workers = Number(values.workers);
  const steps: Measurement['steps'] = [];
  const started = performance.now();
  let mark = started;
  let cpuMark = process.cpuUsage();
  const lap = (name: string) => {
    const now = performance.now();
    const cpu = process.cpuUsage(cpuMark);
    steps.push({ name, seconds: (now - mark) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 });
    // Progress for long runs, and the last step reached when a run dies (out of memory).
    process.stderr.write(`bench:   ${name} done, ${((now - started) / 1000).toFixed(1)} s in, RSS ${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MB\n`);
    mark = now;
    cpuMark = process.cpuUsage();
  };

  const corpus = await readCorpus(values.corpus);
  lap('read');
  const dataset = await runPipelineInWorkers(corpus.files, workers, { onStage: lap });
  const validation = validateDataset({ ...dataset, warnings: [...corpus.warnings, ...dataset.warnings] });
  lap('validate');
  if (!validation.ok) throw new Error(`the extracted dataset is not valid:\n  ${validation.problems.join('\n  ')}`);
  const serialized = JSON.stringify(validation.dataset, null, 1);
  lap('serialize');
  const peakRssMB = process.resourceUsage().maxRSS / 1024;

  let metrics: Metrics | null = null;
  if (values.gold) {
    const gold = parseGold(JSON.parse(readFileSync(values.gold, 'utf8')));
    if (!gold.ok) throw new Error(`gold file ${values.gold} is not valid:\n  ${gold.problems.join('\n  ')}`);
    metrics = score(validation.dataset, gold.gold).metrics;
  }
  const measurement: Measurement = {
    documents: corpus.files.length,
    bytes: corpus.files.reduce((sum, file) => sum + file.bytes.length, 0),
    steps: workers > 1 ? mergeDocumentStages(steps, workers) : steps,
    seconds: steps.reduce((sum, step) => sum + step.seconds, 0),
    cpuSeconds: steps.reduce((sum, step) => sum + step.cpuSeconds, 0),
    peakRssMB,
    events: dataset.events.length,
    actors: dataset.actors.length,
    metrics,
  };
  // The serialised dataset is measured, not kept; reading its length keeps the work from being skipped.
  if (serialized.length === 0) throw new Error('empty serialisation');
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
