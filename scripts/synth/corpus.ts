/**
 * The synthetic corpus as a sequence of documents with their gold, one at a time: a caller can
 * stream 100,000 documents to disk without holding more than one article's text. Pure: no file system.
 */
import type { GoldActor, GoldMeeting, GoldStatement } from '../../src/eval/gold';
import { composeArticle, type ArticleContent } from './article';
import { Random } from './random';
import type { Actor, World } from './world';

export interface SyntheticDocument extends ArticleContent {
  index: number;
  /** File stem, the document's name in the gold: "057_4d009f5f48687d7b". */
  stem: string;
  /** Index of the document this one re-publishes word for word, as scrapers collect the same story twice. */
  copyOf: number | null;
}

/** Share of documents that are a copy of an earlier one; the first few never are. */
const COPY_SHARE = 0.02;
const FIRST_POSSIBLE_COPY = 20;

function copiedFrom(seed: string, index: number): number | null {
  const random = new Random(seed, 'copy', index);
  return index >= FIRST_POSSIBLE_COPY && random.chance(COPY_SHARE) ? random.int(0, index - 1) : null;
}

/** Zero-padded like a scraper's running number, wide enough for the whole corpus. */
function stemOf(seed: string, index: number, documents: number): string {
  const width = Math.max(3, String(documents - 1).length);
  return `${String(index).padStart(width, '0')}_${new Random(seed, 'stem', index).hex(16)}`;
}

export function documentAt(world: World, seed: string, index: number, documents: number): SyntheticDocument {
  const copyOf = copiedFrom(seed, index);
  let original = index;
  for (let source = copyOf; source !== null; source = copiedFrom(seed, source)) original = source;
  return { index, stem: stemOf(seed, index, documents), copyOf, ...composeArticle(world, seed, original) };
}

export function goldMeetings(document: SyntheticDocument): GoldMeeting[] {
  return document.meetings.map((meeting) => ({ doc: document.stem, ...meeting }));
}

export function goldStatements(document: SyntheticDocument): GoldStatement[] {
  return document.statements.map((statement) => ({ doc: document.stem, ...statement }));
}

/** Collects the name forms used for each actor across documents; the gold lists them as aliases. */
export class GoldActors {
  private readonly formsByActor = new Map<Actor, Set<string>>();

  add(document: SyntheticDocument): void {
    for (const [actor, forms] of document.forms) {
      let known = this.formsByActor.get(actor);
      if (!known) this.formsByActor.set(actor, (known = new Set()));
      for (const form of forms) known.add(form);
    }
  }

  /** Sorted by kind then name, aliases sorted: the same corpus always gives the same list. */
  list(): GoldActor[] {
    const actors = [...this.formsByActor].map(([actor, forms]): GoldActor => ({
      name: actor.name,
      kind: actor.kind,
      country: actor.iso3,
      aliases: [...forms].filter((form) => form !== actor.name).sort(),
    }));
    return actors.sort((a, b) => (a.kind === b.kind ? compare(a.name, b.name) : compare(a.kind, b.kind)));
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
