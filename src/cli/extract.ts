/**
 * `npm run extract -- [--input <dir>] [--output <file>]`: reads a corpus folder, runs the pipeline and
 * writes the dataset the explorer loads. The output is replaced atomically and only by a valid dataset
 * with at least one article, so a failed run leaves the previous file as it was.
 * Progress, warnings and the summary go to stderr.
 */
import { open, mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { stages } from '../pipeline';
import type { SourceFile } from '../pipeline/types';
import { validateDataset, type Dataset, type Warning } from '../schema';
import { UsageError, helpText, parseCommandLine } from './args';
import { defaultWorkerCount, runPipelineInWorkers } from './parallel-pipeline';
import { readCorpus } from './read-corpus';

const COMMAND = {
  usage: 'npm run extract -- [--input <dir>] [--output <file>]',
  summary: 'Extracts actors, meetings and statements from the .txt, .md and .html articles in a folder into a dataset JSON file.',
  options: {
    input: { type: 'string', valueName: 'dir', default: 'data/corpus', description: 'corpus folder, read recursively' },
    output: { type: 'string', valueName: 'file', default: 'public/dataset.json', description: 'dataset file to write; left unchanged when the run fails' },
    workers: { type: 'string', valueName: 'n', default: String(defaultWorkerCount()), description: 'worker threads for the document stages (1: this thread only)' },
  },
} as const;

/** Below this many files the run is quick enough that a progress bar is only noise. */
const PROGRESS_BAR_MIN_FILES = 100;

/** The run cannot produce a dataset: printed as a message, exit status 1. */
class ExtractError extends Error {}

async function main(argv: string[]): Promise<void> {
  const commandLine = parseCommandLine(COMMAND, argv);
  if (commandLine.help) {
    process.stdout.write(helpText(COMMAND));
    return;
  }
  const { input, output } = commandLine.values;
  const workers = Number(commandLine.values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) throw new UsageError(`--workers must be a whole number from 1 to 256, not ${commandLine.values.workers}`);
  const unchanged = `${output} left unchanged`;

  let corpus: Awaited<ReturnType<typeof readCorpus>>;
  try {
    corpus = await readCorpus(input);
  } catch (error) {
    throw new ExtractError(`cannot read the input: ${messageOf(error)}; ${unchanged}`);
  }
  if (corpus.files.length === 0) {
    printWarnings(corpus.warnings);
    throw new ExtractError(`no readable .txt, .md or .html files in ${input}; ${unchanged}`);
  }

  let extracted: Dataset;
  try {
    extracted = await runWithProgress(corpus.files, workers);
  } catch (error) {
    printWarnings(corpus.warnings);
    throw new ExtractError(`extraction failed: ${messageOf(error)}; ${unchanged}`, { cause: error });
  }
  // The reader's warnings (unreadable files, symlink loops) come before the pipeline's, as in reading order.
  const validation = validateDataset({ ...extracted, warnings: [...corpus.warnings, ...extracted.warnings] });
  if (!validation.ok) {
    throw new ExtractError(`the extracted dataset is not valid (a pipeline bug); ${unchanged}:\n  ${validation.problems.join('\n  ')}`);
  }
  const dataset = validation.dataset;
  printWarnings(dataset.warnings);
  process.stderr.write(`${summary(corpus.files.length, dataset)}\n`);
  if (dataset.documents.length === 0) throw new ExtractError(`no article could be read from ${input}; ${unchanged}`);

  try {
    await writeAtomically(output, `${JSON.stringify(dataset, null, 1)}\n`);
  } catch (error) {
    throw new ExtractError(`cannot write ${output}: ${messageOf(error)}`);
  }
  process.stderr.write(`extract: wrote ${output}\n`);
}

async function runWithProgress(files: SourceFile[], workers: number): Promise<Dataset> {
  if (!process.stderr.isTTY || files.length < PROGRESS_BAR_MIN_FILES) return runPipelineInWorkers(files, workers);
  const bar = new SingleBar({ stream: process.stderr, format: 'extract [{bar}] {value}/{total} stages, last: {stage}', hideCursor: true });
  bar.start(stages.length, 0, { stage: '-' });
  try {
    return await runPipelineInWorkers(files, workers, { onStage: (stage) => bar.increment({ stage }) });
  } finally {
    bar.stop();
  }
}

function printWarnings(warnings: Warning[]): void {
  for (const warning of warnings) process.stderr.write(`warning: ${warning.file}: ${warning.reason}\n`);
}

function summary(fileCount: number, dataset: Dataset): string {
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const duplicates = dataset.documents.filter((document) => document.duplicateOf !== null).length;
  const meetings = dataset.events.filter((event) => event.type === 'meeting').length;
  return [
    `extract: ${count(fileCount, 'file')} read`,
    `${count(dataset.documents.length, 'article')} (${count(duplicates, 'duplicate')})`,
    count(dataset.actors.length, 'actor'),
    `${count(dataset.events.length, 'event')} (${count(meetings, 'meeting')}, ${count(dataset.events.length - meetings, 'statement')})`,
    count(dataset.warnings.length, 'warning'),
  ].join(', ');
}

/** Write to a temporary file beside the target, flush it, then rename: readers see the old file or the new one, never half of one. */
async function writeAtomically(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`extract: ${error.message}\nRun with --help for usage.\n`);
    process.exitCode = 2;
    return;
  }
  if (!(error instanceof ExtractError)) throw error;
  process.stderr.write(`extract: ${error.message}\n`);
  // An exception inside the pipeline is a bug: its stack helps whoever fixes it.
  if (error.cause instanceof Error && error.cause.stack) process.stderr.write(`${error.cause.stack}\n`);
  process.exitCode = 1;
});
