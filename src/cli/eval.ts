/**
 * `npm run eval -- [--gold <gold.json>] [--input <dir> | --dataset <file>] [--verbose]`
 * Scores an extraction against a gold annotation as shared/GOLD.md defines it.
 * Metrics go to stdout, one a line; progress and warnings to stderr.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseGold, type Gold } from '../eval/gold';
import { formatDetails, formatMetrics } from '../eval/report';
import { score } from '../eval/score';
import { validateDataset, type Dataset, type Warning } from '../schema';
import { defaultWorkerCount, extractCorpus } from './extract-corpus';
import { listCorpus, type CorpusListing } from './read-corpus';

const USAGE = `usage: npm run eval -- [--gold <gold.json>] [--input <corpus dir> | --dataset <dataset.json>] [--verbose]
  --gold <file>     gold annotation to score against (default data/gold/seeds.gold.json)
  --input <dir>     corpus folder to extract and score (default data/corpus)
  --dataset <file>  score this dataset JSON instead of extracting
  --verbose         also list missed and spurious items, fragments and date misses`;

/** A problem with the user's input: printed as a message, without a stack trace. */
class EvalInputError extends Error {}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function problemList(problems: string[]): string {
  return problems.map((problem) => `\n  ${problem}`).join('');
}

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new EvalInputError(`cannot read ${what} ${path}: ${reason(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new EvalInputError(`${what} ${path} is not valid JSON: ${reason(error)}`);
  }
}

async function loadGold(path: string): Promise<Gold> {
  const result = parseGold(await readJson(path, 'gold file'));
  if (!result.ok) throw new EvalInputError(`gold file ${path} does not follow the format of shared/GOLD.md:${problemList(result.problems)}`);
  return result.gold;
}

async function loadDataset(path: string): Promise<Dataset> {
  const result = validateDataset(await readJson(path, 'dataset file'));
  if (!result.ok) throw new EvalInputError(`dataset file ${path} is not a valid dataset:${problemList(result.problems)}`);
  return result.dataset;
}

async function extract(input: string): Promise<{ dataset: Dataset; warnings: Warning[] }> {
  let listing: CorpusListing;
  try {
    listing = await listCorpus(input);
  } catch (error) {
    throw new EvalInputError(`cannot read corpus folder ${input}: ${reason(error)}`);
  }
  if (listing.articles.length === 0) throw new EvalInputError(`corpus folder ${input} holds no files to read`);
  console.error(`eval: extracting ${listing.articles.length} files from ${input}`);
  const result = validateDataset(await extractCorpus(listing, { workers: defaultWorkerCount(), textFolder: null }));
  if (!result.ok) throw new EvalInputError(`the dataset extracted from ${input} is not valid:${problemList(result.problems)}`);
  return { dataset: result.dataset, warnings: result.dataset.warnings };
}

async function main(argv: string[]): Promise<void> {
  let options;
  try {
    options = parseArgs({
      args: argv,
      options: {
        gold: { type: 'string', default: 'data/gold/seeds.gold.json' },
        input: { type: 'string' },
        dataset: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    throw new EvalInputError(`${reason(error)}\n${USAGE}`);
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  if (options.input !== undefined && options.dataset !== undefined) {
    throw new EvalInputError(`give --input or --dataset, not both\n${USAGE}`);
  }

  const gold = await loadGold(options.gold);
  const { dataset, warnings } =
    options.dataset !== undefined
      ? { dataset: await loadDataset(options.dataset), warnings: [] }
      : await extract(options.input ?? 'data/corpus');
  if (warnings.length) {
    console.error(`eval: ${warnings.length} warnings${options.verbose ? '' : ' (--verbose lists them)'}`);
    if (options.verbose) for (const warning of warnings) console.error(`  ${warning.file}: ${warning.reason}`);
  }

  const report = score(dataset, gold);
  console.log(formatMetrics(report.metrics).join('\n'));
  if (options.verbose) console.log(['', ...formatDetails(report.details)].join('\n'));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (!(error instanceof EvalInputError)) throw error;
  console.error(`eval: ${error.message}`);
  process.exitCode = 1;
});
