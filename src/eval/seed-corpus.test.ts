/**
 * The quality bar: the real extraction over the seed corpus, scored against its gold annotation.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../cli/extract-corpus';
import { listCorpus } from '../cli/read-corpus';
import { validateDataset, type Dataset } from '../schema';
import { parseGold } from './gold';
import junkNames from './junk-actor-names.json';
import { normalizeName } from './normalize-name';
import { formatDetails, formatMetrics } from './report';
import { score, type Ratio, type ScoreReport } from './score';

const CORPUS = 'data/corpus';
const GOLD = 'data/gold/seeds.gold.json';

async function extractAndScore(): Promise<{ dataset: Dataset; report: ScoreReport }> {
  const validation = validateDataset(await extractCorpus(await listCorpus(CORPUS), { workers: 1, textFolder: null }));
  if (!validation.ok) throw new Error(`the extracted dataset is invalid:\n${validation.problems.join('\n')}`);
  const gold = parseGold(JSON.parse(await readFile(GOLD, 'utf8')));
  if (!gold.ok) throw new Error(`${GOLD} is invalid:\n${gold.problems.join('\n')}`);
  return { dataset: validation.dataset, report: score(validation.dataset, gold.gold) };
}

// The extraction runs once, on first use, and every check reads its result.
let extraction: Promise<{ dataset: Dataset; report: ScoreReport }> | undefined;
const extracted = () => (extraction ??= extractAndScore());

describe('extraction of the seed corpus', { timeout: 180_000 }, () => {
  it.each<{ metric: string; pick: (report: ScoreReport) => Ratio; bar: number }>([
    { metric: 'meeting precision', pick: (report) => report.metrics.meetings.precision, bar: 0.9 },
    { metric: 'meeting recall', pick: (report) => report.metrics.meetings.recall, bar: 0.9 },
    { metric: 'meeting date accuracy', pick: (report) => report.metrics.meetings.dateAccuracy, bar: 0.9 },
    { metric: 'statement speaker precision', pick: (report) => report.metrics.statements.speaker.precision, bar: 0.85 },
    { metric: 'statement speaker recall', pick: (report) => report.metrics.statements.speaker.recall, bar: 0.75 },
    { metric: 'actor recall', pick: (report) => report.metrics.actors.recall, bar: 0.9 },
  ])('$metric is at least $bar', async ({ pick, bar }) => {
    const { report } = await extracted();
    const ratio = pick(report);
    // Every metric and list goes into the failure message: it shows what to fix without a second run.
    const context = [...formatMetrics(report.metrics), ...formatDetails(report.details)].join('\n');
    expect(ratio.total, context).toBeGreaterThan(0);
    expect(ratio.value, context).toBeGreaterThanOrEqual(bar);
  });

  it('has no fragmented actors', async () => {
    const { report } = await extracted();
    expect(report.details.actors.fragments).toEqual([]);
    expect(report.metrics.actors.fragments).toBe(0);
  });

  it('has no junk actors', async () => {
    const { dataset } = await extracted();
    const junk = new Set([...junkNames.captionMarkers, ...junkNames.scrapedPhrases].map(normalizeName));
    const junkActors = dataset.actors
      .filter((actor) => [actor.name, ...actor.aliases].some((form) => junk.has(normalizeName(form))))
      .map((actor) => `${actor.id}: ${[actor.name, ...actor.aliases].join(' | ')}`);
    expect(junkActors).toEqual([]);
  });
});

describe('the junk name list', () => {
  it('holds no form of a seed gold actor, so it cannot flag a real one', async () => {
    const gold = parseGold(JSON.parse(await readFile(GOLD, 'utf8')));
    if (!gold.ok) throw new Error(gold.problems.join('\n'));
    const goldForms = new Set(gold.gold.actors.flatMap((actor) => [actor.name, ...actor.aliases]).map(normalizeName));
    const junk = [...junkNames.captionMarkers, ...junkNames.scrapedPhrases];
    expect(junk.filter((name) => !normalizeName(name) || goldForms.has(normalizeName(name)))).toEqual([]);
  });
});
