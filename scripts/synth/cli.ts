/**
 * `npm run synth -- --docs 1000 --seed 1 --out <dir>`: a synthetic news corpus with its gold
 * annotation, for measuring extraction speed and quality at sizes no hand annotation reaches.
 */
import { UsageError, helpText, parseCommandLine } from '../../src/cli/args';
import { writeSyntheticCorpus } from './write-corpus';

const COMMAND = {
  usage: 'npm run synth -- --out <dir> [--docs <n>] [--seed <seed>]',
  summary: 'Writes <dir>/corpus/ (articles of 2–6 KB) and <dir>/gold.json (shared/GOLD.md format). The same seed and size give the same bytes.',
  options: {
    out: { type: 'string', valueName: 'dir', description: 'new or empty folder to write' },
    docs: { type: 'string', valueName: 'n', default: '1000', description: 'number of documents' },
    seed: { type: 'string', valueName: 'seed', default: '1', description: 'seed of the world and the articles' },
  },
} as const;

/** Large runs take a while; a line every so many documents shows that it moves. */
const PROGRESS_EVERY = 10_000;

function main(argv: string[]): void {
  const commandLine = parseCommandLine(COMMAND, argv);
  if (commandLine.help) {
    process.stdout.write(helpText(COMMAND));
    return;
  }
  const { out, docs, seed } = commandLine.values;
  if (out === undefined) throw new UsageError('--out <dir> is required');
  if (!/^[1-9]\d*$/.test(docs)) throw new UsageError(`--docs must be a positive whole number, not "${docs}"`);
  const documents = Number(docs);
  const started = performance.now();
  const summary = writeSyntheticCorpus({
    documents,
    seed,
    out,
    onDocument: (index) => {
      if ((index + 1) % PROGRESS_EVERY === 0 && index + 1 < documents) process.stderr.write(`synth: ${index + 1}/${documents} documents\n`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `synth: ${summary.documents} documents (${(summary.bytes / 1e6).toFixed(1)} MB) in ${summary.corpusDir}, ` +
      `gold ${summary.goldPath}: ${summary.actors} actors, ${summary.meetings} meetings, ${summary.statements} statements; ${seconds.toFixed(1)} s\n`,
  );
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`synth: ${error.message}\nRun with --help for usage.\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`synth: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
