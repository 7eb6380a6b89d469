/**
 * `npm run bench:extract -- [--sizes 1k,10k] [--seed 1] [--workers n]`: extraction speed and memory on
 * synthetic corpora of growing size, and how time grows with size. Corpora are generated once and cached in
 * .bench/ (keyed by seed, size and the generator's source, so a changed generator makes new ones).
 * Each size is extracted in a fresh process so that its peak memory is its own. The smallest corpus
 * is also scored against its gold. Prints numbers; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError, helpText, parseCommandLine } from '../src/cli/args';
import { defaultWorkerCount } from '../src/cli/extract-corpus';
import { EXTRACTION_ENVIRONMENT, EXTRACTION_NODE_FLAGS } from '../src/cli/launch-settings';
import { formatMetrics } from '../src/eval/report';
import type { Measurement } from './bench/measure-extraction';
import { writeSyntheticCorpus } from './synth/write-corpus';

const COMMAND = {
  usage: 'npm run bench:extract -- [--sizes 1k,10k] [--seed 1] [--workers n]',
  summary: 'Generates (or reuses) synthetic corpora in .bench/, extracts each in its own process and prints throughput, peak memory, time per stage and the scaling exponent k (time ∝ size^k).',
  options: {
    sizes: { type: 'string', valueName: 'list', default: '1k,10k', description: 'corpus sizes in documents, comma-separated (1k = 1000; 100k takes a while)' },
    seed: { type: 'string', valueName: 'seed', default: '1', description: 'seed of the synthetic corpora' },
    workers: { type: 'string', valueName: 'n', default: String(defaultWorkerCount()), description: 'worker threads for the document stages, as extract --workers (1: per-stage times for every stage)' },
  },
} as const;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, '.bench');
const SYNTH = join(ROOT, 'scripts', 'synth');
/** Bundled with the CLI (`npm run build:cli`, which `bench:extract` runs first): measured as `extract` runs, with its node flags and environment. */
const MEASURE = join(ROOT, 'dist-cli', 'measure-extraction.js');
/** Below this many seconds at both sizes a step's k is noise. */
const MIN_SECONDS_FOR_K = 0.05;

function parseSizes(list: string): number[] {
  const sizes = list.split(',').map((item) => {
    const match = /^(\d+)(k?)$/i.exec(item.trim());
    if (!match || Number(match[1]) === 0) throw new UsageError(`--sizes: "${item}" is not a size such as 1000 or 10k`);
    return Number(match[1]) * (match[2] ? 1000 : 1);
  });
  return [...new Set(sizes)].sort((a, b) => a - b);
}

function label(size: number): string {
  return size % 1000 === 0 ? `${size / 1000}k` : String(size);
}

/** Hash of the generator's code and data: a cached corpus is reused only while they are unchanged. */
function generatorFingerprint(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(SYNTH).filter((file) => !file.endsWith('.test.ts')).sort()) {
    hash.update(name).update(readFileSync(join(SYNTH, name)));
  }
  return hash.digest('hex').slice(0, 10);
}

function ensureCorpus(size: number, seed: string, fingerprint: string): string {
  const dir = join(CACHE, `synth-seed${seed}-${label(size)}-${fingerprint}`);
  if (existsSync(join(dir, 'gold.json'))) return dir;
  process.stderr.write(`bench: generating the ${label(size)} corpus in ${relative(ROOT, dir)}\n`);
  // Written beside its final place and renamed: an interrupted run never leaves half a corpus to reuse.
  const partial = `${dir}.partial-${process.pid}`;
  mkdirSync(CACHE, { recursive: true });
  rmSync(partial, { recursive: true, force: true });
  writeSyntheticCorpus({ documents: size, seed, out: partial });
  renameSync(partial, dir);
  return dir;
}

function measure(dir: string, workers: number, withGold: boolean): Measurement | string {
  const args = [...EXTRACTION_NODE_FLAGS, MEASURE, '--corpus', join(dir, 'corpus'), '--workers', String(workers), ...(withGold ? ['--gold', join(dir, 'gold.json')] : [])];
  const child = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...EXTRACTION_ENVIRONMENT }, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 26 });
  if (child.status !== 0) return child.signal ? `killed by ${child.signal}` : `exit status ${child.status}`;
  return JSON.parse(child.stdout) as Measurement;
}

/** k in time ∝ size^k between two sizes. */
function exponent(sizeA: number, timeA: number, sizeB: number, timeB: number): number {
  return Math.log(timeB / timeA) / Math.log(sizeB / sizeA);
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')).join('\n');
}

function main(argv: string[]): void {
  const commandLine = parseCommandLine(COMMAND, argv);
  if (commandLine.help) {
    process.stdout.write(helpText(COMMAND));
    return;
  }
  const sizes = parseSizes(commandLine.values.sizes);
  const seed = commandLine.values.seed;
  const workers = Number(commandLine.values.workers);
  if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`--workers must be a whole number of at least 1, not ${commandLine.values.workers}`);
  const fingerprint = generatorFingerprint();

  const results: { size: number; measurement: Measurement }[] = [];
  for (const [index, size] of sizes.entries()) {
    const dir = ensureCorpus(size, seed, fingerprint);
    process.stderr.write(`bench: extracting the ${label(size)} corpus\n`);
    const measurement = measure(dir, workers, index === 0);
    if (typeof measurement === 'string') {
      process.stdout.write(`${label(size)}: extraction failed (${measurement})\n`);
      process.exitCode = 1;
      continue;
    }
    results.push({ size, measurement });
  }
  if (results.length === 0) return;

  const memoryGiB = totalmem() / 2 ** 30;
  const [load] = loadavg();
  process.stdout.write(
    `bench:extract, seed ${seed}: Node ${process.version}, ${availableParallelism()} CPUs, ${memoryGiB.toFixed(1)} GiB memory, load average ${load.toFixed(1)} at the end\n` +
      `${workers === 1 ? 'one thread' : `files read and extracted in ${workers} worker threads`}, as extract --workers ${workers} (node ${[...Object.entries(EXTRACTION_ENVIRONMENT).map(([name, value]) => `${name}=${value}`), ...EXTRACTION_NODE_FLAGS].join(' ')}); ` +
      'wall = elapsed time, CPU = user+system time of all threads (steadier on a busy machine)\n\n',
  );

  const mb = (bytes: number) => bytes / 1e6;
  process.stdout.write(
    `${table([
      ['size', 'docs', 'MB', 'wall s', 'CPU s', 'docs/s', 'MB/s', 'MB/CPU-s', 'peak RSS MB', 'events', 'actors'],
      ...results.map(({ size, measurement: m }) => [
        label(size),
        String(m.documents),
        mb(m.bytes).toFixed(2),
        m.seconds.toFixed(1),
        m.cpuSeconds.toFixed(1),
        (m.documents / m.seconds).toFixed(1),
        (mb(m.bytes) / m.seconds).toFixed(3),
        (mb(m.bytes) / m.cpuSeconds).toFixed(3),
        m.peakRssMB.toFixed(0),
        String(m.events),
        String(m.actors),
      ]),
    ])}\n\n`,
  );

  const pairs = results.slice(1).map((result, index) => [results[index], result] as const);
  const stepNames = results[0].measurement.steps.map((step) => step.name);
  const stepRow = (name: string) => {
    const steps = results.map(({ measurement }) => measurement.steps.find((step) => step.name === name));
    const cells = steps.map((step) => (step ? `${step.cpuSeconds.toFixed(2)} (${step.seconds.toFixed(2)})` : '-'));
    const ks = pairs.map(([a, b]) => {
      const stepA = a.measurement.steps.find((step) => step.name === name);
      const stepB = b.measurement.steps.find((step) => step.name === name);
      if (!stepA || !stepB || Math.max(stepA.cpuSeconds, stepB.cpuSeconds) < MIN_SECONDS_FOR_K || stepA.cpuSeconds === 0) return '-';
      return exponent(a.size, stepA.cpuSeconds, b.size, stepB.cpuSeconds).toFixed(2);
    });
    return [name, ...cells, ...ks];
  };
  const totalRow = [
    'total',
    ...results.map(({ measurement: m }) => `${m.cpuSeconds.toFixed(2)} (${m.seconds.toFixed(2)})`),
    ...pairs.map(([a, b]) => exponent(a.size, a.measurement.cpuSeconds, b.size, b.measurement.cpuSeconds).toFixed(2)),
  ];
  process.stdout.write(
    'CPU seconds per step (wall seconds), and k between sizes from CPU time:\n' +
      `${table([
        ['step', ...results.map(({ size }) => label(size)), ...pairs.map(([a, b]) => `k ${label(a.size)}→${label(b.size)}`)],
        ...stepNames.map(stepRow),
        totalRow,
      ])}\n`,
  );
  for (const [a, b] of pairs) {
    const wallK = exponent(a.size, a.measurement.seconds, b.size, b.measurement.seconds);
    const cpuK = exponent(a.size, a.measurement.cpuSeconds, b.size, b.measurement.cpuSeconds);
    process.stdout.write(`scaling ${label(a.size)}→${label(b.size)}: k = ${cpuK.toFixed(2)} from CPU time, ${wallK.toFixed(2)} from wall time\n`);
  }

  const scored = results[0];
  if (scored.measurement.metrics) {
    process.stdout.write(`\nEval of the ${label(scored.size)} synthetic corpus against its gold:\n${formatMetrics(scored.measurement.metrics).join('\n')}\n`);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`bench:extract: ${error.message}\nRun with --help for usage.\n`);
  process.exitCode = 2;
}
