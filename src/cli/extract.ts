/**
 * `npm run extract -- [--input <dir>] [--output <file>]`: reads a corpus folder, runs the pipeline and
 * writes the dataset the explorer loads, with the article texts in shard files beside it. The dataset
 * file is replaced atomically and only by a valid dataset with at least one article, so a failed run
 * leaves the previous file as it was; shards are named by their content, so new ones never overwrite
 * what the previous dataset names.
 * Progress, warnings and the summary go to stderr.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { textShardFolder, type Dataset, type Layout, type validateLayout, type Warning } from '../schema';
import { UsageError, helpText, parseCommandLine } from './args';
import { writeFileAtomically } from './atomic-write';
import { datasetJsonChunksAwaitingLayout } from './dataset-json';
import { defaultWorkerCount, extractCorpusLayingOut, type ExtractionLayingOut } from './extract-corpus';
import { listCorpus, type CorpusListing } from './read-corpus';
import { importValidation } from './sibling-module';

const COMMAND = {
  usage: 'npm run extract -- [--input <dir>] [--output <file>]',
  summary:
    'Extracts actors, meetings and statements from the .txt, .md and .html articles in a folder into a dataset JSON file, with the article texts in a folder beside it (<file>.texts/).',
  options: {
    input: { type: 'string', valueName: 'dir', default: 'data/corpus', description: 'corpus folder, read recursively' },
    output: { type: 'string', valueName: 'file', default: 'public/dataset.json', description: 'dataset file to write; left unchanged when the run fails' },
    workers: { type: 'string', valueName: 'n', default: String(defaultWorkerCount()), description: 'worker threads that read and extract the articles (1: this thread only)' },
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
  if (!/\.json$/i.test(output)) throw new UsageError(`--output must name a .json file, not ${output}`);
  const unchanged = `${output} left unchanged`;

  let listing: CorpusListing;
  try {
    listing = await listCorpus(input);
  } catch (error) {
    throw new ExtractError(`cannot read the input: ${messageOf(error)}; ${unchanged}`);
  }
  if (listing.articles.length === 0) {
    printWarnings(listing.warnings);
    throw new ExtractError(`no readable .txt, .md or .html files in ${input}; ${unchanged}`);
  }

  const textFolder = textShardFolder(output);
  const shardsBefore = await folderNames(textFolder);
  let shards: Set<string>;
  try {
    shards = await extractAndWrite(listing, { input, output, workers, textFolder });
  } catch (error) {
    // The shards this run wrote would only be named by the dataset it failed to write.
    await removeFolderEntries(textFolder, (name) => !shardsBefore?.has(name), shardsBefore === null);
    throw error;
  }
  await removeFolderEntries(textFolder, (name) => isStale(name, shards), false);
  process.stderr.write(`extract: wrote ${output} and ${textFolder}/\n`);
}

async function extractAndWrite(listing: CorpusListing, run: { input: string; output: string; workers: number; textFolder: string }): Promise<Set<string>> {
  const unchanged = `${run.output} left unchanged`;
  let extracted: ExtractionLayingOut;
  try {
    extracted = await extractWithProgress(listing, run.workers, run.textFolder);
  } catch (error) {
    printWarnings(listing.warnings);
    throw new ExtractError(`extraction failed: ${messageOf(error)}; ${unchanged}`, { cause: error });
  }
  const { validateDataset, validateLayout } = await importValidation();
  const validation = validateDataset(extracted.dataset);
  if (!validation.ok) {
    throw new ExtractError(`the extracted dataset is not valid (a pipeline bug); ${unchanged}:\n  ${validation.problems.join('\n  ')}`);
  }
  const dataset = validation.dataset;
  printWarnings(dataset.warnings);
  process.stderr.write(`${summary(listing.articles.length + listing.manifests.length, dataset)}\n`);
  if (dataset.documents.length === 0) throw new ExtractError(`no article could be read from ${run.input}; ${unchanged}`);

  try {
    await writeFileAtomically(run.output, datasetJsonChunksAwaitingLayout(dataset, () => extracted.layout().then((layout) => checkedLayout(layout, validateLayout, unchanged))));
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    throw new ExtractError(`cannot write ${run.output}: ${messageOf(error)}`);
  }
  return new Set(dataset.documents.map((document) => `${document.textShard}.json`));
}

/** The layout, computed once the rest of the dataset is written: checked as it comes, as the rest was before. */
function checkedLayout(layout: Layout, validate: typeof validateLayout, unchanged: string): Layout {
  const validation = validate(layout);
  if (!validation.ok) throw new ExtractError(`the extracted layout is not valid (a pipeline bug); ${unchanged}:\n  ${validation.problems.join('\n  ')}`);
  return validation.layout;
}

async function extractWithProgress(listing: CorpusListing, workers: number, textFolder: string): Promise<ExtractionLayingOut> {
  if (!process.stderr.isTTY || listing.articles.length < PROGRESS_BAR_MIN_FILES) return extractCorpusLayingOut(listing, { workers, textFolder });
  // Loaded only for a bar actually shown: alone cli-progress costs about 8 MB of RSS, after the other imports about 1 MB.
  const { SingleBar } = await import('cli-progress');
  const bar = new SingleBar({ stream: process.stderr, format: 'extract [{bar}] {value}/{total} batches of files', hideCursor: true });
  bar.start(1, 0);
  try {
    return await extractCorpusLayingOut(listing, { workers, textFolder, onProgress: (done, total) => {
        bar.setTotal(total);
        bar.update(done);
      },
    });
  } finally {
    bar.stop();
  }
}

async function folderNames(folder: string): Promise<Set<string> | null> {
  return readdir(folder).then(
    (names) => new Set(names),
    () => null,
  );
}

/** Shards only an earlier dataset named, and temporary files of runs that died: the folder keeps what the dataset names. */
function isStale(name: string, current: ReadonlySet<string>): boolean {
  return !current.has(name) && (/^[0-9a-f]{16}\.json$/.test(name) || name.endsWith('.tmp'));
}

async function removeFolderEntries(folder: string, remove: (name: string) => boolean, folderToo: boolean): Promise<void> {
  const names = (await folderNames(folder)) ?? new Set<string>();
  await Promise.all([...names].filter(remove).map((name) => rm(join(folder, name), { force: true })));
  if (folderToo) await rm(folder, { recursive: true, force: true });
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
