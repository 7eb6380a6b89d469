/**
 * `npm run bench:app -- [--sizes 1k,5k,20k] [--seed 1] [--base-docs 60] [--runs 5] [--timeout 180] [--query level=actors]`:
 * how the explorer behaves as the graph grows. Builds datasets of about the given numbers of graph
 * elements (nodes + aggregated edges) by replicating an extracted synthetic corpus (cached in
 * .bench/), builds the production site once, serves it with `vite preview`, and for each size measures
 * in headless Debian Chromium: time to the first drawn graph, filter-change latency, panning frame
 * rate (cy.panBy right after the filter changes and after a rest; an arrow key held and a mouse
 * drag right after them), selection latency and the frame rate while the pointer moves over the
 * graph. Also prints the gzip size of the JavaScript the first graph needs.
 * `--query` adds URL keys to the page address (`level=actors` draws every actor instead of the
 * country summary that large graphs get by default). Prints numbers; asserts nothing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import type { Dataset } from '../src/schema';
import { FIRST_GRAPH_PROBE, START_FRAME_COUNT, STOP_FRAME_COUNT, SHOWN_COUNT, arrowKeyLoop, chooseSearchHit, panLoop, toggleFilter } from './bench-app/browser';
import { baseDataset, elementCount, replicate, validOrThrow } from './bench-app/datasets';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, '.bench');
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const LAUNCH_ARGS = [...(isRoot ? ['--no-sandbox'] : []), '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--enable-precise-memory-info'];
const VIEWPORT = { width: 1400, height: 900 };
const PAN_MS = 2000;
const PAN_REST_MS = 2000;

interface Options {
  sizes: number[];
  seed: string;
  baseDocs: number;
  runs: number;
  timeoutMs: number;
  query: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { sizes: [1000, 5000, 20000], seed: '1', baseDocs: 60, runs: 5, timeoutMs: 180_000, query: '' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    const need = () => {
      if (value === undefined) throw new Error(`${flag} needs a value`);
      i++;
      return value;
    };
    if (flag === '--sizes') {
      options.sizes = need()
        .split(',')
        .map((item) => {
          const match = /^(\d+)(k?)$/i.exec(item.trim());
          if (!match) throw new Error(`--sizes: "${item}" is not a size such as 1000 or 5k`);
          return Number(match[1]) * (match[2] ? 1000 : 1);
        });
    } else if (flag === '--seed') options.seed = need();
    else if (flag === '--base-docs') options.baseDocs = Number(need());
    else if (flag === '--runs') options.runs = Number(need());
    else if (flag === '--timeout') options.timeoutMs = Number(need()) * 1000;
    else if (flag === '--query') options.query = need().replace(/^[?&]/, '');
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write('npm run bench:app -- [--sizes 1k,5k,20k] [--seed 1] [--base-docs 60] [--runs 5] [--timeout seconds] [--query key=value&…]\n');
      process.exit(0);
    } else throw new Error(`unknown option ${flag}`);
  }
  return options;
}

const label = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));
const ms = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${Math.round(value)} ms`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function table(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`).join('\n');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Builds the production site into `outDir`; returns the entry JavaScript's raw and gzip sizes. */
function buildSite(outDir: string): { files: string[]; raw: number; gzip: number; allJsGzip: number } {
  const child = spawnSync(process.execPath, [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (child.status !== 0) throw new Error(`vite build failed: ${child.signal ?? `exit ${child.status}`}`);
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)) files.add(match[1]);
  for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) files.add(match[1]);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(outDir, file.replace(/^\.?\//, '')));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const assets = join(outDir, 'assets');
  const allJsGzip = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .reduce((sum, name) => sum + gzipSync(readFileSync(join(assets, name)), { level: 9 }).length, 0);
  return { files: [...files], raw, gzip, allJsGzip };
}

async function startPreview(outDir: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [VITE, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return { url, child };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error('vite preview did not answer within 30 s');
}

/** The actors with the most events, busiest first. */
function busiest(dataset: Dataset, count: number): { id: string; name: string; events: number }[] {
  const counts = new Map<string, number>();
  for (const event of dataset.events) {
    const ids = event.type === 'meeting' ? event.participants : [event.speaker, ...event.targets];
    for (const id of new Set(ids)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const names = new Map(dataset.actors.map((actor) => [actor.id, actor.name]));
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([id, events]) => ({ id, name: names.get(id)!, events }));
}

interface SizeResult {
  rows: [string, string][];
  summary: Record<string, string>;
}

/** The page's address for a measured load. */
function pageAddress(url: string, options: Options): string {
  return `${url}?test${options.query ? `&${options.query}` : ''}`;
}

/**
 * One more load of the page in a fresh context (nothing cached): milliseconds from navigation to the
 * painted first graph, and the main thread's CPU until then (Chromium's ThreadTime), which a busy
 * machine stretches less than the wall time. A single load said little: it moved by seconds between runs.
 */
async function timeFirstGraph(browser: Browser, url: string, body: string, options: Options): Promise<{ ms: number; cpuMs: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.addInitScript(FIRST_GRAPH_PROBE);
    await page.route('**/dataset.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(pageAddress(url, options), { timeout: options.timeoutMs, waitUntil: 'commit' });
    await page.waitForFunction('window.__bench && window.__bench.firstGraph !== null', undefined, { timeout: options.timeoutMs, polling: 100 });
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    return { ms: (await page.evaluate('window.__bench.firstGraph')) as number, cpuMs: (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? 0) * 1000 };
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function measureSize(browser: Browser, url: string, dataset: Dataset, body: string, options: Options): Promise<SizeResult> {
  const rows: [string, string][] = [];
  const summary: Record<string, string> = {};
  const loads: { ms: number; cpuMs: number }[] = [];
  for (let run = 0; run < options.runs; run++) loads.push(await timeFirstGraph(browser, url, body, options));
  const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
  const page = await context.newPage();
  const problems: string[] = [];
  let crashed = false;
  page.on('crash', () => {
    crashed = true;
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text().slice(0, 200)}`);
  });
  await page.addInitScript(FIRST_GRAPH_PROBE);
  await page.route('**/dataset.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  const started = Date.now();
  try {
    await page.goto(pageAddress(url, options), { timeout: options.timeoutMs, waitUntil: 'commit' });
    await page.waitForFunction('window.__bench && window.__bench.firstGraph !== null', undefined, { timeout: options.timeoutMs, polling: 100 });
  } catch (error) {
    const state = crashed ? null : await page.evaluate('({ bench: window.__bench, loading: !!document.querySelector(".loading"), text: document.body.innerText.slice(0, 200) })').catch(() => null);
    rows.push(['first graph', `NOT DRAWN after ${((Date.now() - started) / 1000).toFixed(1)} s wall clock${crashed ? ' (page crashed)' : ''}: ${(error as Error).message.split('\n')[0]}`]);
    rows.push(['page state', JSON.stringify(state)]);
    for (const problem of problems.slice(0, 5)) rows.push(['problem', problem]);
    summary['first graph'] = crashed ? 'crashed' : 'timeout';
    await context.close().catch(() => undefined);
    return { rows, summary };
  }
  const load = (await page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const data = performance.getEntriesByName(new URL('dataset.json', location.href).href)[0];
    const cy = window.__diplograph.cy;
    return {
      firstGraph: window.__bench.firstGraph,
      hookSeen: window.__bench.hookSeen,
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
      datasetResponseEnd: data ? data.responseEnd : null,
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      heap: performance.memory ? performance.memory.usedJSHeapSize : null,
    };
  })()`)) as { firstGraph: number; hookSeen: number; domContentLoaded: number | null; datasetResponseEnd: number | null; nodes: number; edges: number; heap: number | null };
  rows.push(['drawn elements', `${load.nodes} nodes + ${load.edges} edges = ${load.nodes + load.edges}`]);
  rows.push(['first graph (navigation → painted), this load', ms(load.firstGraph)]);
  const firstGraphs = loads.map((l) => l.ms);
  rows.push([`first graph, median / min of ${loads.length} more loads`, loads.length ? `${ms(median(firstGraphs))} / ${ms(Math.min(...firstGraphs))}` : '—']);
  rows.push(['  main-thread CPU to first graph, median', loads.length ? ms(median(loads.map((l) => l.cpuMs))) : '—']);
  rows.push(['  DOMContentLoaded', ms(load.domContentLoaded)]);
  rows.push(['  dataset.json received (page.route)', ms(load.datasetResponseEnd)]);
  rows.push(['  cytoscape has nodes (test hook)', ms(load.hookSeen)]);
  rows.push(['JS heap after first graph', load.heap === null ? '—' : mb(load.heap)]);
  summary['first graph'] = ms(median([load.firstGraph, ...firstGraphs]));
  summary['first graph CPU'] = loads.length ? ms(median(loads.map((l) => l.cpuMs))) : '—';

  // Let the first frames and any fit animation settle before timing interactions.
  await page.waitForFunction('!window.__diplograph.cy.animated()', undefined, { timeout: options.timeoutMs });
  await page.waitForTimeout(500);

  // Main-thread time per click, from the click to the second frame after it: the page's task time
  // (Chromium's TaskDuration, wall time of its tasks, which a busy machine stretches) and the main
  // thread's CPU time (ThreadTime), the steadier of the two on a shared machine. The shown elements
  // are counted outside that window, in the first run only: counting them tests every element
  // (about 20 ms at 20k).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const mainThreadSeconds = async () => {
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
    return { task: value('TaskDuration'), thread: value('ThreadTime') };
  };
  const timedToggle = async (legend: string, option: string) => {
    const start = await mainThreadSeconds();
    const result = (await page.evaluate(toggleFilter(legend, option))) as { ms: number; syncMs: number };
    const end = await mainThreadSeconds();
    return { ...result, taskMs: (end.task - start.task) * 1000, threadMs: (end.thread - start.thread) * 1000 };
  };
  const shownCount = async () => (await page.evaluate(SHOWN_COUNT)) as number;

  for (const [legend, option] of [
    ['Event type', 'Statements'],
    ['Actor kind', 'Countries'],
  ] as const) {
    const off: number[] = [];
    const on: number[] = [];
    const sync: number[] = [];
    const taskOff: number[] = [];
    const taskOn: number[] = [];
    const threadOff: number[] = [];
    const threadOn: number[] = [];
    try {
      // Shown elements before, with the option off, then on again.
      const shown = [await shownCount()];
      for (let run = 0; run < options.runs; run++) {
        const a = await timedToggle(legend, option);
        if (run === 0) shown.push(await shownCount());
        const b = await timedToggle(legend, option);
        if (run === 0) shown.push(await shownCount());
        off.push(a.ms);
        on.push(b.ms);
        taskOff.push(a.taskMs);
        taskOn.push(b.taskMs);
        threadOff.push(a.threadMs);
        threadOn.push(b.threadMs);
        sync.push(a.syncMs, b.syncMs);
        await page.waitForTimeout(100);
      }
      rows.push([`filter ${option} off (median / max of ${options.runs})`, `${ms(median(off))} / ${ms(Math.max(...off))}`]);
      rows.push([`filter ${option} on (median / max of ${options.runs})`, `${ms(median(on))} / ${ms(Math.max(...on))}   (${shown.join(' → ')} elements)`]);
      rows.push([`  of which synchronous in the click (React + cytoscape), median`, ms(median(sync))]);
      rows.push([`  main-thread task time per click off / on, median`, `${ms(median(taskOff))} / ${ms(median(taskOn))}`]);
      rows.push([`  main-thread CPU (thread time) per click off / on, median`, `${ms(median(threadOff))} / ${ms(median(threadOn))}`]);
      summary[`${option} CPU`] = `${ms(median(threadOff))} / ${ms(median(threadOn))}`;
      summary[`${option} off`] = ms(median(off));
    } catch (error) {
      rows.push([`filter ${option}`, `FAILED: ${(error as Error).message.split('\n')[0]}`]);
      summary[`${option} off`] = 'failed';
    }
  }

  // Right after the last filter change Cytoscape is still rebuilding its cached pictures of the
  // elements; a second pan after a rest shows the frame rate once they are done.
  for (const [when, key, restMs] of [
    ['right after the filter changes', 'pan fps', 0],
    [`after ${PAN_REST_MS / 1000} s at rest`, 'pan fps at rest', PAN_REST_MS],
  ] as const) {
    try {
      await page.waitForTimeout(restMs);
      const pan = (await page.evaluate(panLoop(PAN_MS))) as { elapsed: number; frames: number; renders: number; gaps: number[] };
      const fps = (pan.frames / pan.elapsed) * 1000;
      rows.push([`pan ${when}, cy.panBy every frame for ${PAN_MS / 1000} s`, `${fps.toFixed(1)} fps (${pan.frames} frames, ${pan.renders} cytoscape renders)`]);
      rows.push(['  frame interval median / p95 / max', `${ms(median(pan.gaps))} / ${ms(percentile(pan.gaps, 95))} / ${ms(Math.max(...pan.gaps))}`]);
      summary[key] = fps.toFixed(1);
    } catch (error) {
      rows.push([`pan ${when}`, `FAILED: ${(error as Error).message.split('\n')[0]}`]);
      summary[key] = 'failed';
    }
  }

  const selections: number[] = [];
  for (const actor of busiest(dataset, 3)) {
    try {
      const search = page.getByRole('combobox');
      await search.fill(actor.name);
      await page.locator('[role="listbox"] [role="option"]').first().waitFor({ timeout: options.timeoutMs });
      const result = (await page.evaluate(chooseSearchHit(actor.name, options.timeoutMs))) as { ms: number | null; counterparts: number };
      rows.push([`select ${actor.name} (${actor.events} events) via search → panel`, result.ms === null ? 'panel NOT shown within the timeout' : `${ms(result.ms)} (${result.counterparts} counterparts listed)`]);
      if (result.ms !== null) selections.push(result.ms);
      await page.waitForFunction('!window.__diplograph.cy.animated()', undefined, { timeout: options.timeoutMs });
      await page.waitForTimeout(200);
    } catch (error) {
      rows.push([`select ${actor.name}`, `FAILED: ${(error as Error).message.split('\n')[0]}`]);
    }
  }
  summary['selection'] = selections.length ? ms(median(selections)) : 'failed';

  // cy.panBy redraws every element each frame until those pictures are rebuilt; the arrow keys
  // animate the view on large drawings (lines hidden while it moves), and a pointer drag pans a
  // picture of the whole view (textureOnViewport).
  try {
    await page.evaluate(toggleFilter('Event type', 'Statements'));
    await page.evaluate(toggleFilter('Event type', 'Statements'));
    const frames = (await page.evaluate(arrowKeyLoop(PAN_MS))) as number[];
    const gaps = frames.slice(1).map((time, i) => time - frames[i]);
    const fps = (gaps.length / (frames[frames.length - 1] - frames[0])) * 1000;
    rows.push([`arrow key held right after Statements off and on, ${PAN_MS / 1000} s`, `${fps.toFixed(1)} fps (${gaps.length} frames)`]);
    rows.push(['  frame interval median / p95 / max', `${ms(median(gaps))} / ${ms(percentile(gaps, 95))} / ${ms(Math.max(...gaps))}`]);
    summary['keys fps'] = fps.toFixed(1);
    await page.waitForFunction('!window.__diplograph.cy.animated()', undefined, { timeout: options.timeoutMs });
  } catch (error) {
    rows.push(['arrow keys', `FAILED: ${(error as Error).message.split('\n')[0]}`]);
    summary['keys fps'] = 'failed';
  }
  try {
    await page.evaluate(toggleFilter('Event type', 'Statements'));
    await page.evaluate(toggleFilter('Event type', 'Statements'));
    const box = await page.locator('.graph-cytoscape').boundingBox();
    if (!box) throw new Error('no graph on the page');
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    // A node under the pointer would be dragged instead of the view. `void`: evaluate returns what
    // the expression gives, and serializing Cytoscape's core (every element) left gigabytes of garbage.
    await page.evaluate('void window.__diplograph.cy.autoungrabify(true)');
    await page.evaluate(START_FRAME_COUNT);
    await page.mouse.down();
    const started = Date.now();
    for (let step = 0; Date.now() - started < PAN_MS; step++) await page.mouse.move(x + 4 * (step % 60), y + 2 * (step % 60));
    await page.mouse.up();
    const frames = (await page.evaluate(STOP_FRAME_COUNT)) as number[];
    await page.evaluate('void window.__diplograph.cy.autoungrabify(false)');
    const gaps = frames.slice(1).map((time, i) => time - frames[i]);
    const fps = (gaps.length / (frames[frames.length - 1] - frames[0])) * 1000;
    rows.push([`drag pan right after Statements off and on, ${PAN_MS / 1000} s`, `${fps.toFixed(1)} fps (${gaps.length} frames)`]);
    rows.push(['  frame interval median / p95 / max', `${ms(median(gaps))} / ${ms(percentile(gaps, 95))} / ${ms(Math.max(...gaps))}`]);
    const heap = (await page.evaluate('performance.memory ? performance.memory.usedJSHeapSize : null')) as number | null;
    rows.push(['  JS heap after the drag', heap === null ? '—' : mb(heap)]);
    summary['drag fps'] = fps.toFixed(1);
  } catch (error) {
    rows.push(['drag pan', `FAILED: ${(error as Error).message.split('\n')[0]}`]);
    summary['drag fps'] = 'failed';
  }

  // The pointer crossing the graph with no button down: Cytoscape looks for the element under it on
  // every move (hover events), which the next frame waits for.
  try {
    const box = await page.locator('.graph-cytoscape').boundingBox();
    if (!box) throw new Error('no graph on the page');
    const [x, y] = [box.x + box.width / 4, box.y + box.height / 4];
    await page.mouse.move(x, y);
    await page.evaluate(START_FRAME_COUNT);
    const started = Date.now();
    let moves = 0;
    for (; Date.now() - started < PAN_MS; moves++) await page.mouse.move(x + 4 * (moves % 100), y + 3 * (moves % 100));
    const frames = (await page.evaluate(STOP_FRAME_COUNT)) as number[];
    const gaps = frames.slice(1).map((time, i) => time - frames[i]);
    const fps = (gaps.length / (frames[frames.length - 1] - frames[0])) * 1000;
    rows.push([`pointer moves over the graph, no button, ${PAN_MS / 1000} s`, `${fps.toFixed(1)} fps, ${moves} moves delivered`]);
    summary['hover fps'] = fps.toFixed(1);
  } catch (error) {
    rows.push(['pointer moves', `FAILED: ${(error as Error).message.split('\n')[0]}`]);
    summary['hover fps'] = 'failed';
  }
  for (const problem of problems.slice(0, 5)) rows.push(['problem', problem]);
  await context.close();
  return { rows, summary };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const base = validOrThrow(baseDataset(ROOT, CACHE, options.baseDocs, options.seed), 'the base dataset');
  const baseCount = elementCount(base);
  const baseElements = baseCount.nodes + baseCount.edges;

  const outDir = mkdtempSync(join(tmpdir(), 'diplograph-bench-app-'));
  let preview: ChildProcess | undefined;
  let browser: Browser | undefined;
  const summaries: { size: string; elements: number; summary: Record<string, string> }[] = [];
  try {
    const site = buildSite(outDir);
    process.stdout.write(`bench:app on ${availableParallelism()} cores, ${mb(totalmem())} RAM, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}\n`);
    process.stdout.write(`base: ${options.baseDocs}-document synthetic corpus (seed ${options.seed}), ${base.actors.length} actors, ${base.events.length} events, ${baseElements} elements\n\n`);
    process.stdout.write(`JavaScript the first graph needs (index.html entry + modulepreload): ${site.files.join(', ')}\n`);
    process.stdout.write(table([
      ['raw', kb(site.raw)],
      ['gzip -9', kb(site.gzip)],
      ['all built JS, gzip -9', kb(site.allJsGzip)],
    ]) + '\n\n');

    const served = await startPreview(outDir);
    preview = served.child;
    const url = served.url;
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: LAUNCH_ARGS });
    process.stdout.write(`Chromium ${browser.version()}, headless, ${LAUNCH_ARGS.filter((arg) => /gpu|angle|swiftshader/.test(arg)).join(' ')}, viewport ${VIEWPORT.width}×${VIEWPORT.height}, page ?test${options.query ? `&${options.query}` : ''}\n\n`);

    for (const size of options.sizes) {
      const copies = Math.max(1, Math.round(size / baseElements));
      const dataset = validOrThrow(replicate(base, copies), `the ${label(size)} dataset`);
      const count = elementCount(dataset);
      const body = JSON.stringify(dataset);
      process.stdout.write(
        `== ~${label(size)} elements: ${copies} cop${copies === 1 ? 'y' : 'ies'} of the base, ${dataset.actors.length} actors, ${dataset.events.length} events, ${count.nodes} nodes + ${count.edges} edges = ${count.nodes + count.edges} elements, dataset.json ${mb(body.length)}\n`,
      );
      const result = await measureSize(browser, url, dataset, body, options);
      process.stdout.write(table(result.rows) + '\n\n');
      summaries.push({ size: label(size), elements: count.nodes + count.edges, summary: result.summary });
    }

    const columns = ['first graph', 'first graph CPU', 'Statements off', 'Statements CPU', 'Countries off', 'Countries CPU', 'pan fps', 'pan fps at rest', 'keys fps', 'drag fps', 'hover fps', 'selection'];
    const header = ['size', 'elements', ...columns];
    const lines = [header, ...summaries.map((s) => [s.size, String(s.elements), ...columns.map((c) => s.summary[c] ?? '—')])];
    const widths = header.map((_, i) => Math.max(...lines.map((line) => line[i].length)));
    process.stdout.write('Summary (medians)\n');
    for (const line of lines) process.stdout.write(`  ${line.map((cell, i) => cell.padEnd(widths[i])).join('  ')}\n`);
  } finally {
    await browser?.close().catch(() => undefined);
    preview?.kill();
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench:app: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
