/** Helpers for tests that run the whole pipeline on a few sentences. */
import type { Actor, Dataset, Statement } from '../schema';
import { runPipeline } from './index';
import { readHtml } from './01-ingest/read-html';

/** Runs the pipeline on one article; a publication date (front matter) unless `date` is null. */
export function extractArticle(text: string, date: string | null = '2024-03-12'): Dataset {
  const front = date ? `---\ndate: ${date}\n---\n` : '';
  return runPipeline([{ path: 'case-1.md', bytes: new TextEncoder().encode(front + text) }], { readHtml }).dataset;
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The actor whose canonical name (or, failing that, one of its aliases) is `name`, accents ignored. */
export function findActor(dataset: Dataset, name: string): Actor | undefined {
  return dataset.actors.find((a) => fold(a.name) === fold(name)) ?? dataset.actors.find((a) => a.aliases.some((f) => fold(f) === fold(name)));
}

/** Each actor's name, by its id. */
function namesById(dataset: Dataset): Map<string, string> {
  return new Map(dataset.actors.map((a) => [a.id, a.name]));
}

/** The names of the targets of the first statement `speaker` makes in `text`, sorted; throws when the speaker makes none. */
export function firstStatementTargets(text: string, speaker: string): string[] {
  const dataset = extractArticle(text);
  const id = findActor(dataset, speaker)?.id;
  const statement = dataset.events.find((e): e is Statement => e.type === 'statement' && e.speaker === id);
  if (!statement) throw new Error(`no statement by "${speaker}"`);
  const name = namesById(dataset);
  return statement.targets.map((t) => name.get(t)!).sort();
}

/** The names of the targets of all the statements `speaker` makes in `text`, one per statement and target. */
export function allStatementTargets(text: string, speaker: string): string[] {
  const dataset = extractArticle(text);
  const id = findActor(dataset, speaker)?.id;
  const name = namesById(dataset);
  return dataset.events.filter((e): e is Statement => e.type === 'statement' && e.speaker === id).flatMap((e) => e.targets.map((t) => name.get(t)!));
}

/** The names of the speakers of all statements in `text`, sorted, one per statement. */
export function statementSpeakers(text: string): string[] {
  const dataset = extractArticle(text);
  const name = namesById(dataset);
  return dataset.events.filter((e): e is Statement => e.type === 'statement').map((e) => name.get(e.speaker)!).sort();
}

/** The participants of each meeting that took place in `text` (published 2024-09-20), each meeting's names sorted and joined with " + ". */
export function occurredMeetings(text: string): string[] {
  const dataset = extractArticle(text, '2024-09-20');
  const name = namesById(dataset);
  return dataset.events
    .filter((e) => e.type === 'meeting' && e.status === 'occurred')
    .map((e) => (e.type === 'meeting' ? e.participants.map((p) => name.get(p)).sort().join(' + ') : ''));
}
