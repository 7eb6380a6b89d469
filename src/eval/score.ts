/**
 * Scores a dataset against a gold annotation exactly as shared/GOLD.md defines it.
 * Pure: no file system, so the explorer could run it too.
 */
import type { Actor, ActorKind, Dataset, DiplographEvent, Meeting, Statement } from '../schema';
import type { Gold } from './gold';
import { matchActors, type ActorMatching } from './match-actors';

/** `value` is null when there is nothing to divide by. */
export interface Ratio {
  correct: number;
  total: number;
  value: number | null;
}

export interface PrecisionRecall {
  precision: Ratio;
  recall: Ratio;
}

export interface Metrics {
  actors: { recall: Ratio; fragments: number; kindAccuracy: Ratio };
  meetings: PrecisionRecall & { dateAccuracy: Ratio };
  statements: { speaker: PrecisionRecall; target: PrecisionRecall };
}

/** One side of a compared item: a gold actor, or a predicted actor matching none. */
export interface ScoredActor {
  name: string;
  /** Set for a predicted actor that is scored as no gold actor. */
  unmatchedActorId?: string;
}

export interface ScoredItem {
  /** Document stem. */
  doc: string;
  /** Meetings: the pair; statements: speaker, then target when there is one. */
  actors: ScoredActor[];
  /** The predicted events that produced the item; empty for a missed gold item. */
  eventIds: string[];
}

export interface DateMiss {
  doc: string;
  actors: ScoredActor[];
  goldDates: string[];
  predicted: { eventId: string; date: string | null }[];
}

export interface PredictedActorRef {
  id: string;
  name: string;
  kind: ActorKind;
}

export interface ScoreDetails {
  actors: {
    /** Gold actors in a gold event that no predicted actor matches. */
    missed: string[];
    fragments: { gold: string; predicted: PredictedActorRef[] }[];
    kindMismatches: { gold: string; goldKind: ActorKind; predicted: PredictedActorRef[] }[];
    /** Predicted actors matching several gold actors, and what their events are scored as. */
    conflated: { predicted: PredictedActorRef; gold: string[]; scoredAs: string | null }[];
  };
  meetings: { missed: ScoredItem[]; spurious: ScoredItem[]; wrongDates: DateMiss[] };
  statements: {
    speaker: { missed: ScoredItem[]; spurious: ScoredItem[] };
    target: { missed: ScoredItem[]; spurious: ScoredItem[] };
  };
}

export interface ScoreReport {
  metrics: Metrics;
  details: ScoreDetails;
}

/** Scores `dataset`, which must have passed `validateDataset`, against `gold`. */
export function score(dataset: Dataset, gold: Gold): ScoreReport {
  const matching = matchActors(dataset.actors, gold);
  const scored = dataset.events.filter((event) => !event.status || event.status === 'occurred');
  const meetings = scoreMeetings(dataset, gold, matching, scored.filter((event): event is Meeting => event.type === 'meeting'));
  const statements = scoreStatements(dataset, gold, matching, scored.filter((event): event is Statement => event.type === 'statement'));
  const actors = scoreActors(dataset, gold, matching);
  return {
    metrics: { actors: actors.metrics, meetings: meetings.metrics, statements: statements.metrics },
    details: { actors: actors.details, meetings: meetings.details, statements: statements.details },
  };
}

export function ratio(correct: number, total: number): Ratio {
  return { correct, total, value: total === 0 ? null : correct / total };
}

function ref(actor: Actor): PredictedActorRef {
  return { id: actor.id, name: actor.name, kind: actor.kind };
}

function scoreActors(dataset: Dataset, gold: Gold, matching: ActorMatching) {
  const inEvents = new Set<string>([
    ...gold.meetings.flatMap((meeting) => meeting.participants),
    ...gold.statements.flatMap((statement) => [statement.speaker, ...statement.targets]),
  ]);
  const eventActors = gold.actors.filter((actor) => inEvents.has(actor.name));
  const matched = eventActors.filter((actor) => matching.predictedByGold.get(actor.name)!.length > 0);
  // Every node a reader sees for the actor carries a kind, so one of the wrong kind is a miss.
  const kindMismatches = matched
    .map((actor) => ({ gold: actor.name, goldKind: actor.kind, predicted: matching.predictedByGold.get(actor.name)!.map(ref) }))
    .filter((mismatch) => mismatch.predicted.some((predicted) => predicted.kind !== mismatch.goldKind));
  // GOLD.md sums fragments "for each gold actor", not only those in gold events.
  const fragments = gold.actors
    .map((actor) => ({ gold: actor.name, predicted: matching.predictedByGold.get(actor.name)!.map(ref) }))
    .filter((fragment) => fragment.predicted.length > 1);
  const conflated = dataset.actors
    .filter((actor) => matching.goldByPredicted.get(actor.id)!.length > 1)
    .map((actor) => ({ predicted: ref(actor), gold: matching.goldByPredicted.get(actor.id)!, scoredAs: matching.scoredAs.get(actor.id)! }));
  return {
    metrics: {
      recall: ratio(matched.length, eventActors.length),
      fragments: fragments.reduce((sum, fragment) => sum + fragment.predicted.length - 1, 0),
      kindAccuracy: ratio(matched.length - kindMismatches.length, matched.length),
    },
    details: {
      missed: eventActors.filter((actor) => !matched.includes(actor)).map((actor) => actor.name),
      fragments,
      kindMismatches,
      conflated,
    },
  };
}

/** The file stem of a document's source path: folders and the last extension dropped. */
export function fileStem(path: string): string {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

interface Entry {
  item: ScoredItem;
  events: DiplographEvent[];
  goldDates: Set<string>;
}

/** Builds the per-item maps and reads the predicted side of the dataset through the actor matching. */
class ItemSets {
  readonly predicted = new Map<string, Entry>();
  readonly gold = new Map<string, Entry>();
  private readonly stemByDocumentId: Map<string, string>;
  private readonly actorsById: Map<string, Actor>;

  constructor(dataset: Dataset, private readonly matching: ActorMatching) {
    this.stemByDocumentId = new Map(dataset.documents.map((document) => [document.id, fileStem(document.path)]));
    this.actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  }

  /** The stems of every document the event's evidence cites. */
  citedStems(event: DiplographEvent): string[] {
    return [...new Set(event.evidence.map((item) => {
      const stem = this.stemByDocumentId.get(item.documentId);
      if (stem === undefined) throw new Error(`event ${event.id} cites unknown document ${item.documentId}`);
      return stem;
    }))];
  }

  predictedActor(id: string): ScoredActor {
    const actor = this.actorsById.get(id);
    if (!actor) throw new Error(`unknown actor ${id}`);
    const goldName = this.matching.scoredAs.get(id);
    return goldName ? { name: goldName } : { name: actor.name, unmatchedActorId: id };
  }

  addPredicted(doc: string, actors: ScoredActor[], event: DiplographEvent): void {
    const entry = this.entry(this.predicted, doc, actors);
    if (!entry.events.includes(event)) entry.events.push(event);
    if (!entry.item.eventIds.includes(event.id)) entry.item.eventIds.push(event.id);
  }

  addGold(doc: string, names: string[], date: string | null = null): void {
    const entry = this.entry(this.gold, doc, names.map((name) => ({ name })));
    if (date) entry.goldDates.add(date);
  }

  private entry(map: Map<string, Entry>, doc: string, actors: ScoredActor[]): Entry {
    const key = JSON.stringify([doc, ...actors.map(actorKey)]);
    let entry = map.get(key);
    if (!entry) {
      entry = { item: { doc, actors, eventIds: [] }, events: [], goldDates: new Set() };
      map.set(key, entry);
    }
    return entry;
  }

  compare() {
    const matchedKeys = [...this.gold.keys()].filter((key) => this.predicted.has(key));
    const missed = [...this.gold].filter(([key]) => !this.predicted.has(key)).map(([, entry]) => entry.item);
    const spurious = [...this.predicted].filter(([key]) => !this.gold.has(key)).map(([, entry]) => entry.item);
    return {
      metrics: {
        precision: ratio(matchedKeys.length, this.predicted.size),
        recall: ratio(matchedKeys.length, this.gold.size),
      },
      missed: sortItems(missed),
      spurious: sortItems(spurious),
      matchedKeys,
    };
  }
}

function actorKey(actor: ScoredActor): string {
  return actor.unmatchedActorId === undefined ? `gold:${actor.name}` : `predicted:${actor.unmatchedActorId}`;
}

/** Both participants of every unordered pair, in a fixed order so a pair has one key. */
function pairs(actors: ScoredActor[]): ScoredActor[][] {
  const sorted = [...actors].sort((a, b) => compareText(actorKey(a), actorKey(b)));
  return sorted.flatMap((first, index) => sorted.slice(index + 1).map((second) => [first, second]));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortItems<T extends { doc: string; actors: ScoredActor[] }>(items: T[]): T[] {
  const sortKey = (item: T) => JSON.stringify([item.doc, ...item.actors.map((actor) => actor.name)]);
  return items.sort((a, b) => compareText(sortKey(a), sortKey(b)));
}

function scoreMeetings(dataset: Dataset, gold: Gold, matching: ActorMatching, meetings: Meeting[]) {
  const sets = new ItemSets(dataset, matching);
  for (const meeting of gold.meetings) {
    for (const pair of pairs(meeting.participants.map((name) => ({ name })))) {
      sets.addGold(meeting.doc, pair.map((actor) => actor.name), meeting.date);
    }
  }
  for (const meeting of meetings) {
    const participants = [...new Set(meeting.participants)].map((id) => sets.predictedActor(id));
    for (const doc of sets.citedStems(meeting)) {
      for (const pair of pairs(participants)) sets.addPredicted(doc, pair, meeting);
    }
  }
  const compared = sets.compare();

  // A pair can stand in several gold meetings of one document; any of their dates is the pair's.
  const wrongDates: DateMiss[] = [];
  let dated = 0;
  for (const key of compared.matchedKeys) {
    const goldEntry = sets.gold.get(key)!;
    if (goldEntry.goldDates.size === 0) continue;
    dated += 1;
    const predictedEntry = sets.predicted.get(key)!;
    if (predictedEntry.events.some((event) => event.date !== null && goldEntry.goldDates.has(event.date))) continue;
    wrongDates.push({
      doc: goldEntry.item.doc,
      actors: goldEntry.item.actors,
      goldDates: [...goldEntry.goldDates].sort(),
      predicted: predictedEntry.events.map((event) => ({ eventId: event.id, date: event.date })),
    });
  }
  return {
    metrics: { ...compared.metrics, dateAccuracy: ratio(dated - wrongDates.length, dated) },
    details: { missed: compared.missed, spurious: compared.spurious, wrongDates: sortItems(wrongDates) },
  };
}

function scoreStatements(dataset: Dataset, gold: Gold, matching: ActorMatching, statements: Statement[]) {
  const speakers = new ItemSets(dataset, matching);
  const targets = new ItemSets(dataset, matching);
  for (const statement of gold.statements) {
    speakers.addGold(statement.doc, [statement.speaker]);
    for (const target of statement.targets) targets.addGold(statement.doc, [statement.speaker, target]);
  }
  for (const statement of statements) {
    const speaker = speakers.predictedActor(statement.speaker);
    const statementTargets = [...new Set(statement.targets)].map((id) => targets.predictedActor(id));
    for (const doc of speakers.citedStems(statement)) {
      speakers.addPredicted(doc, [speaker], statement);
      for (const target of statementTargets) targets.addPredicted(doc, [speaker, target], statement);
    }
  }
  const bySpeaker = speakers.compare();
  const byTarget = targets.compare();
  return {
    metrics: { speaker: bySpeaker.metrics, target: byTarget.metrics },
    details: {
      speaker: { missed: bySpeaker.missed, spurious: bySpeaker.spurious },
      target: { missed: byTarget.missed, spurious: byTarget.spurious },
    },
  };
}
