/** Runs the real `extract` CLI on folders made here, as a user would. */
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../pipeline/01-ingest';
import { textShardFolder, validateDataset, validateTextShard, type DocumentText } from '../schema';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The CLI as `npm run extract` runs it: bundled, the worker module beside it. */
const BUNDLED_CLI = ['node', ['dist-cli/extract.js']] as const;
/** The TypeScript source under tsx, whose worker threads register tsx's loader themselves. */
const SOURCE_CLI = ['npx', ['tsx', 'src/cli/extract.ts']] as const;

const ARTICLE = 'Iranian President Ebrahim Raisi met Iraqi Prime Minister Mohammed Shia al-Sudani in Tehran on Monday.\n';
const PREVIOUS_OUTPUT = '{"previous": true}\n';

let work: string;
let input: string;
let output: string;
beforeAll(() => {
  execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: repoRoot });
}, 60_000);
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'diplograph-extract-'));
  input = join(work, 'corpus');
  output = join(work, 'out', 'dataset.json');
  await mkdir(input);
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

function runExtract(args: string[], [command, entry]: typeof BUNDLED_CLI | typeof SOURCE_CLI = BUNDLED_CLI): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, [...entry, ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

async function writeCorpus(files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(input, path)), { recursive: true });
    await writeFile(join(input, path), content);
  }
}

/** Enough copies of the seed corpus (under other names) to pass the size below which workers are not used. */
async function writeCorpusForWorkers(): Promise<void> {
  const seeds = join(repoRoot, 'data/corpus');
  for (const name of await readdir(seeds)) {
    const content = await readFile(join(seeds, name));
    await writeCorpus(Object.fromEntries(Array.from({ length: 8 }, (_, copy) => [`copy${copy}/${name}`, content])));
  }
}

async function writePreviousOutput(): Promise<void> {
  await mkdir(dirname(output), { recursive: true });
  await writeFile(output, PREVIOUS_OUTPUT);
}

/** The texts of the dataset at `output`, read from its shard files (each checked against the schema). */
async function readTexts(datasetFile: string, shards: string[]): Promise<Map<string, DocumentText>> {
  const texts = new Map<string, DocumentText>();
  for (const shard of new Set(shards)) {
    const result = validateTextShard(JSON.parse(await readFile(join(textShardFolder(datasetFile), `${shard}.json`), 'utf8')));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    for (const document of result.shard.documents) texts.set(document.id, document);
  }
  return texts;
}

/** The output folder holds exactly `names`: no temporary file left behind. */
async function expectOutputFolder(names: string[]): Promise<void> {
  expect((await readdir(dirname(output))).sort()).toEqual(names);
}

const PNG_RENAMED = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
const LATIN1 = Uint8Array.from([...new TextEncoder().encode('Caf'), 0xe9, 0x0a]);
const UTF16LE = Uint8Array.from([0xff, 0xfe, ...[...ARTICLE].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])]);

describe('extract CLI', () => {
  it('prints usage for --help and exits 0', async () => {
    const { status, stdout } = await runExtract(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^usage: npm run extract -- \[--input <dir>\] \[--output <file>\]/);
    expect(stdout).toContain('(default data/corpus)');
    expect(stdout).toContain('(default public/dataset.json)');
  });

  it('is bundled in ASCII, so that V8 holds each thread\'s source one byte a character', async () => {
    for (const name of (await readdir(join(repoRoot, 'dist-cli'))).filter((file) => file.endsWith('.js'))) {
      expect(await readFile(join(repoRoot, 'dist-cli', name), 'utf8'), name).toMatch(/^[\x00-\x7f]*$/);
    }
  });

  it('refuses an unknown option with status 2', async () => {
    const { status, stderr } = await runExtract(['--inputs', input]);
    expect(status).toBe(2);
    expect(stderr).toContain("extract: Unknown option '--inputs'");
    expect(stderr).toContain('Run with --help for usage.');
  });

  it('fails clearly on a missing input folder and leaves the previous output untouched', async () => {
    await writePreviousOutput();
    const missing = join(work, 'no-such-corpus');
    const { status, stderr } = await runExtract(['--input', missing, '--output', output]);
    expect(status).toBe(1);
    expect(stderr).toContain(`extract: cannot read the input: no such folder: ${missing}; ${output} left unchanged`);
    expect(await readFile(output, 'utf8')).toBe(PREVIOUS_OUTPUT);
    await expectOutputFolder(['dataset.json']);
  });

  it('fails clearly on a folder without article files, listing what it could not read', async () => {
    await writePreviousOutput();
    await writeCorpus({ 'notes.docx': 'not read', 'huge.txt': '' });
    await truncate(join(input, 'huge.txt'), MAX_FILE_BYTES + 1);
    const { status, stderr } = await runExtract(['--input', input, '--output', output]);
    expect(status).toBe(1);
    expect(stderr).toContain('warning: huge.txt: file is 50.1 MB, over the 50 MB limit; skipped');
    expect(stderr).toContain(`extract: no readable .txt, .md or .html files in ${input}; ${output} left unchanged`);
    expect(await readFile(output, 'utf8')).toBe(PREVIOUS_OUTPUT);
  });

  it('extracts the good files, warns about each bad one and writes a valid dataset deterministically', async () => {
    await writePreviousOutput();
    await writeCorpus({
      'good.txt': ARTICLE,
      'windows.txt': ARTICLE.replace('\n', '\r\n'),
      'utf16.txt': UTF16LE,
      'page.html': `<html><head><meta property="og:title" content="Leaders meet"></head><body><p>${ARTICLE}</p></body></html>`,
      'notes/front.md': `---\ntitle: With front matter\ndate: 2023-11-06\n---\n${ARTICLE}`,
      'image.txt': PNG_RENAMED,
      'latin1.txt': LATIN1,
      'empty.txt': '',
      'sources.json': '{"good.txt": ',
    });
    const { status, stderr } = await runExtract(['--input', input, '--output', output]);
    expect(stderr).not.toContain('extract: extraction failed');
    expect(status).toBe(0);
    for (const line of [
      'warning: empty.txt: file is empty; skipped',
      'warning: image.txt: binary data, not text (NUL byte at offset 8; UTF-16 needs a byte-order mark); skipped',
      'warning: latin1.txt: not UTF-8 text (invalid byte 0xE9 at offset 3); skipped',
      'warning: sources.json: not valid JSON',
      `extract: wrote ${output}`,
    ]) {
      expect(stderr).toContain(line);
    }
    expect(stderr).toMatch(/^extract: 9 files read, 5 articles \(\d+ duplicates?\), \d+ actors?, \d+ events? \(\d+ meetings?, \d+ statements?\), \d+ warnings?$/m);

    const written = await readFile(output, 'utf8');
    expect(written.endsWith('}\n')).toBe(true);
    const validation = validateDataset(JSON.parse(written));
    if (!validation.ok) throw new Error(validation.problems.join('\n'));
    const { documents, warnings } = validation.dataset;
    expect([...new Set(documents.map((document) => document.path))]).toEqual(['good.txt', 'notes/front.md', 'page.html', 'utf16.txt', 'windows.txt']);
    const texts = await readTexts(output, documents.map((document) => document.textShard));
    expect([...texts.keys()].sort()).toEqual(documents.map((document) => document.id).sort());
    expect([...texts.values()].every((document) => document.text.includes('Raisi met') && !document.text.includes('\r'))).toBe(true);
    for (const event of validation.dataset.events) {
      for (const item of event.evidence) expect(texts.get(item.documentId)?.text.slice(item.start, item.end)).toBe(item.quote);
    }
    expect(warnings.map((warning) => warning.file)).toEqual(expect.arrayContaining(['empty.txt', 'image.txt', 'latin1.txt', 'sources.json']));
    await expectOutputFolder(['dataset.json', 'dataset.texts']);

    const again = join(work, 'again.json');
    expect((await runExtract(['--input', input, '--output', again, '--workers', '1'])).status).toBe(0);
    expect(await readFile(again, 'utf8')).toBe(written);
  });

  it('gives the same bytes with worker threads as in one thread, bundled or from its source', async () => {
    await writeCorpusForWorkers();
    const threaded = join(work, 'threaded.json');
    expect((await runExtract(['--input', input, '--output', output, '--workers', '1'])).status).toBe(0);
    expect((await runExtract(['--input', input, '--output', threaded, '--workers', '2'])).status).toBe(0);
    const fromSource = join(work, 'from-source.json');
    expect((await runExtract(['--input', input, '--output', fromSource, '--workers', '2'], SOURCE_CLI)).status).toBe(0);
    for (const other of [threaded, fromSource]) {
      expect(await readFile(other, 'utf8')).toBe(await readFile(output, 'utf8'));
      expect((await readdir(textShardFolder(other))).sort()).toEqual((await readdir(textShardFolder(output))).sort());
    }
  }, 120_000);

  it('fails naming a text shard a worker could not write, after answering its batch, and leaves the rest as it was', async () => {
    await writeCorpusForWorkers();
    const probe = join(work, 'probe.json');
    expect((await runExtract(['--input', input, '--output', probe, '--workers', '1'])).status).toBe(0);
    const shards = (await readdir(textShardFolder(probe))).sort();
    expect(shards.length).toBeGreaterThanOrEqual(2);
    for (const blocked of [shards[0], shards.at(-1)!]) {
      await rm(output, { force: true });
      await rm(textShardFolder(output), { recursive: true, force: true });
      await writePreviousOutput();
      // A folder where the shard goes: its write fails once the worker has already sent the batch's findings.
      await mkdir(join(textShardFolder(output), blocked), { recursive: true });
      const { status, stderr } = await runExtract(['--input', input, '--output', output, '--workers', '2']);
      expect(status).toBe(1);
      expect(stderr).toContain('extract: extraction failed');
      expect(stderr).toContain(join(textShardFolder(output), blocked));
      expect(stderr).toContain(`${output} left unchanged`);
      expect(await readFile(output, 'utf8')).toBe(PREVIOUS_OUTPUT);
      expect(await readdir(textShardFolder(output))).toEqual([blocked]);
    }
  }, 120_000);

  it('keeps only the text shards the new dataset names, and none when a run fails', async () => {
    await writeCorpus({ 'good.txt': ARTICLE });
    expect((await runExtract(['--input', input, '--output', output])).status).toBe(0);
    const first = await readdir(textShardFolder(output));
    expect(first).toHaveLength(1);

    await writeCorpus({ 'good.txt': ARTICLE.replace('Monday', 'Tuesday') });
    expect((await runExtract(['--input', input, '--output', output])).status).toBe(0);
    const second = await readdir(textShardFolder(output));
    expect(second).toHaveLength(1);
    expect(second).not.toEqual(first);

    // The output path is taken by a folder: the dataset cannot be written, and the run's new shard goes too.
    await writeCorpus({ 'good.txt': ARTICLE.replace('Monday', 'Friday') });
    const blocked = join(work, 'blocked', 'dataset.json');
    await mkdir(blocked, { recursive: true });
    expect((await runExtract(['--input', input, '--output', blocked])).status).toBe(1);
    expect(await readdir(dirname(blocked))).toEqual(['dataset.json']);
  });

  it('fails when no article can be read, printing why, and leaves the previous output untouched', async () => {
    await writePreviousOutput();
    await writeCorpus({ 'image.txt': PNG_RENAMED, 'blank.md': ' \n\t\n' });
    const { status, stderr } = await runExtract(['--input', input, '--output', output]);
    expect(status).toBe(1);
    expect(stderr).toContain('warning: blank.md: file holds only whitespace; skipped');
    expect(stderr).toContain('warning: image.txt: binary data');
    expect(stderr).toContain(`extract: no article could be read from ${input}; ${output} left unchanged`);
    expect(await readFile(output, 'utf8')).toBe(PREVIOUS_OUTPUT);
    await expectOutputFolder(['dataset.json']);
  });

  it('loads in each thread only the libraries of the stages it runs', async () => {
    // The bundles' imports of packages, which load at run time (`--packages=external`).
    const packagesOf = async (bundle: string) => new Set([...(await readFile(join(repoRoot, 'dist-cli', bundle), 'utf8')).matchAll(/^import .* from "([^".][^"]*)";$/gm)].map((match) => match[1]).filter((name) => !name.startsWith('node:')));
    const importedLaterBy = async (bundle: string) => new Set([...(await readFile(join(repoRoot, 'dist-cli', bundle), 'utf8')).matchAll(/\bimport\("([^".][^"]*)"\)/g)].map((match) => match[1]));
    const htmlLibraries = ['linkedom', '@mozilla/readability'];
    const documentStageLibraries = [...htmlLibraries, 'yaml'];
    const layoutLibraries = ['cytoscape', 'cytoscape-fcose'];
    const main = await packagesOf('extract.js');
    const worker = await packagesOf('pipeline-worker.js');
    const layout = await packagesOf('layout.js');
    expect([...documentStageLibraries, ...layoutLibraries].filter((name) => main.has(name))).toEqual([]);
    expect([...layoutLibraries, 'zod'].filter((name) => worker.has(name))).toEqual([]);
    expect([...documentStageLibraries, 'zod'].filter((name) => layout.has(name))).toEqual([]);
    expect(worker).toContain('yaml');
    // Loaded by a worker only once a batch holds an HTML page.
    expect(htmlLibraries.filter((name) => worker.has(name))).toEqual([]);
    expect([...(await importedLaterBy('pipeline-worker.js'))].sort()).toEqual([...htmlLibraries].sort());
    // Loaded by the main thread only once the dataset is assembled.
    expect(main.has('zod')).toBe(false);
    expect(await packagesOf('validation.js')).toContain('zod');
    // Loaded by the main thread only once the rest of the dataset is written.
    expect(layout).toContain('cytoscape');
  });

  it('run from source, loads linkedom and Readability in no thread until a batch holds an HTML page', async () => {
    // Under tsx nothing is tree-shaken: every static import of every module reached is loaded.
    const { build } = await import('esbuild');
    const staticImportsOf = async (entry: string) => {
      const { metafile } = await build({ entryPoints: [join(repoRoot, entry)], bundle: true, platform: 'node', format: 'esm', packages: 'external', write: false, metafile: true, outdir: work, logLevel: 'silent' });
      return new Set(Object.values(metafile.inputs).flatMap((module) => module.imports.filter((i) => i.external && i.kind === 'import-statement').map((i) => i.path)));
    };
    for (const entry of ['src/cli/extract.ts', 'src/cli/pipeline-worker.ts']) {
      const imports = await staticImportsOf(entry);
      expect(['linkedom', '@mozilla/readability'].filter((name) => imports.has(name)), entry).toEqual([]);
    }
  });

  it('reports an output path it cannot write, leaving no temporary file', async () => {
    await writeCorpus({ 'good.txt': ARTICLE });
    await mkdir(output, { recursive: true });
    const { status, stderr } = await runExtract(['--input', input, '--output', output]);
    expect(status).toBe(1);
    expect(stderr).toContain(`extract: cannot write ${output}:`);
    await expectOutputFolder(['dataset.json']);
  });
});
