/**
 * The extraction engine: an ordered list of pure stages, each `(state, context) => state`,
 * like chrono-node's parsers then refiners. This list is the one place that orders them.
 *
 * The corpus is read in batches: the catalogue settles what batches share, the document stages
 * read one batch of files at a time (in worker threads in the CLI) and store their texts, and the
 * refiners see only what was found, never a text.
 */
import type { Dataset } from '../schema';
import type { PipelineContext, PipelineState, SourceFile, Stage, TextShardFile } from './types';
import { catalogue } from './00-catalogue';
import { ingest } from './01-ingest';
import { segment } from './02-segment';
import { documentDates } from './03-document-dates';
import { dedupe, fingerprintBodies } from './11-dedupe';
import { sentences } from './04-sentences';
import { mentions } from './05-mentions';
import { entities } from './06-entities';
import { meetings } from './07-meetings';
import { statements } from './08-statements';
import { eventDates } from './09-event-dates';
import { storeTexts } from './10-store-texts';
import { datesOfDocuments, foldEntities, mergeActors, mergeActorsFrom, newActorClusters, type ActorClusters } from './12-merge-actors';
import { dropDegenerateEvents, dropOwnCountryTargets, foldSubMeetings, mergeReportedEvents } from './13-merge-events';
import { assemble } from './14-assemble';
import { layout } from './15-layout';
import { PackedEvents } from './packed-events';

type NamedStage = readonly [name: string, stage: Stage];

/** What the whole corpus must settle before its files are read: manifests, document ids. */
const corpusPreparation: readonly NamedStage[] = [['catalogue', catalogue]];

/** Stages that read one batch of files at a time: batches can run in parallel. */
export const documentStages: readonly NamedStage[] = [
  ['ingest', ingest],
  ['segment', segment],
  ['document dates', documentDates],
  ['sentences', sentences],
  ['mentions', mentions],
  ['entities', entities],
  ['meetings', meetings],
  ['statements', statements],
  ['event dates', eventDates],
  ['fingerprint bodies', fingerprintBodies],
  ['store texts', storeTexts],
];

/**
 * Refiners over everything the document stages found. Actor merging either takes the entities of the
 * state or finishes what `foldFindings` placed as the batches came.
 */
const corpusRefinement = (foldedActors: ActorClusters | null): readonly NamedStage[] => [
  ['dedupe', dedupe],
  ['merge actors', foldedActors ? mergeActorsFrom(foldedActors) : mergeActors],
  ['drop degenerate events', dropDegenerateEvents],
  ['drop own-country targets', dropOwnCountryTargets],
  ['fold sub-meetings', foldSubMeetings],
  ['merge reported events', mergeReportedEvents],
  ['assemble', assemble],
];

/** Last, after assembly: it needs only the actors and the events' actor pairs. */
const layoutStage: NamedStage = ['layout', layout];

/**
 * Every stage in order. A function, not a list built when this module loads, so that each of the
 * CLI's bundles leaves out the stages its thread never runs, with their libraries: package.json
 * declares these modules free of side effects, so esbuild drops a stage nothing calls (the worker
 * threads then do not load Cytoscape, nor the main thread linkedom, Readability and yaml).
 */
export function everyStage(): readonly NamedStage[] {
  return [...corpusPreparation, ...documentStages, ...corpusRefinement(null), layoutStage];
}

/** A batch closes before it passes this many bytes of files (a single larger file is a batch of its own). */
export const BATCH_BYTES = 256 * 1024;

export function initialState(sourceFiles: SourceFile[] = []): PipelineState {
  return {
    sourceFiles,
    catalogue: { manifest: new Map(), fileIds: new Map() },
    files: [],
    documents: [],
    storedDocuments: [],
    textShards: [],
    bodyKeys: [],
    sentences: [],
    mentions: [],
    entities: [],
    events: [],
    dataset: null,
    warnings: [],
  };
}

export function runStages(state: PipelineState, list: readonly NamedStage[], context: PipelineContext = {}): PipelineState {
  let current = state;
  for (const [name, stage] of list) {
    current = stage(current, context);
    context.onStage?.(name);
  }
  return current;
}

/** The catalogue of a corpus; its `sourceFiles` are the article files, sorted, to be split into batches. */
export function prepareCorpus(sourceFiles: SourceFile[], context: PipelineContext = {}): PipelineState {
  return runStages(initialState(sourceFiles), corpusPreparation, context);
}

/**
 * Contiguous runs of files in corpus order, each under BATCH_BYTES: they depend only on the files'
 * paths and sizes, so the text shards (one per batch) are the same however many threads read them.
 */
export function planBatches<File extends { size: number }>(files: readonly File[]): File[][] {
  const batches: File[][] = [];
  let current: File[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && bytes + file.size > BATCH_BYTES) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** What a batch yields (warnings: only its own); sentences and mentions stay behind, the refiners do not read them. */
export type DocumentFindings = Pick<PipelineState, 'storedDocuments' | 'textShards' | 'bodyKeys' | 'entities' | 'events' | 'warnings'>;

export function findInDocuments(prepared: PipelineState, batch: SourceFile[], context: PipelineContext = {}): DocumentFindings {
  const { storedDocuments, textShards, bodyKeys, entities, events, warnings } = runStages({ ...prepared, sourceFiles: batch, warnings: [] }, documentStages, context);
  return { storedDocuments, textShards, bodyKeys, entities, events, warnings };
}

/**
 * The refiners' state while batches arrive: what was found so far, with the entities already placed
 * as actors and the events packed until the refiners run.
 */
export interface Refinement {
  state: PipelineState;
  actors: ActorClusters;
  events: PackedEvents;
}

export function startRefinement(prepared: PipelineState): Refinement {
  return {
    state: { ...prepared, sourceFiles: [], storedDocuments: [], bodyKeys: [], entities: [], events: [], warnings: [...prepared.warnings] },
    actors: newActorClusters(),
    events: new PackedEvents(),
  };
}

/**
 * Adds the next batch's findings, in corpus order. Its entities are placed as actors at once and
 * then dropped, so that the main thread does not hold every entity until the corpus is read (they
 * were most of its memory), and merging them runs while the workers read the next batches.
 */
export function foldFindings(refinement: Refinement, batch: Omit<DocumentFindings, 'textShards'>): Refinement {
  const { state } = refinement;
  for (const document of batch.storedDocuments) state.storedDocuments.push(document);
  for (const key of batch.bodyKeys) state.bodyKeys.push(key);
  refinement.events.add(foldEntities(refinement.actors, batch.entities, batch.events, datesOfDocuments(batch.storedDocuments)));
  for (const warning of batch.warnings) state.warnings.push(warning);
  return refinement;
}

/** Refines everything folded into the dataset; texts are not needed. */
export function finishRefinement(refinement: Refinement, context: PipelineContext = {}): Dataset {
  return runStages(refineBeforeLayout(refinement, context), [layoutStage], context).dataset!;
}

/**
 * Every refiner but the layout: the dataset without its `layout`, which the CLI computes in another
 * thread (from `layoutGraph`) while this one validates and writes the rest.
 */
export function assembleRefinement(refinement: Refinement, context: PipelineContext = {}): Dataset {
  return refineBeforeLayout(refinement, context).dataset!;
}

function refineBeforeLayout(refinement: Refinement, context: PipelineContext): PipelineState {
  let state = { ...refinement.state, events: refinement.events.unpack() };
  // Neither the refinement nor `runStages`'s argument (V8 keeps a function's arguments referenced
  // until it returns) may hold this first state: what each refiner replaces is freed as the next runs.
  refinement.state = initialState();
  for (const [name, stage] of corpusRefinement(refinement.actors)) {
    state = stage(state, context);
    context.onStage?.(name);
  }
  if (!state.dataset) throw new Error('pipeline finished without assembling a dataset');
  return state;
}

/** Folds the batches' findings (in corpus order) and refines them into the dataset. */
export function refineFindings(prepared: PipelineState, findings: Omit<DocumentFindings, 'textShards'>[], context: PipelineContext = {}): Dataset {
  const refinement = startRefinement(prepared);
  for (const batch of findings) foldFindings(refinement, batch);
  return finishRefinement(refinement, context);
}

/** The dataset and the text shards its documents name. */
export interface Extraction {
  dataset: Dataset;
  textShards: TextShardFile[];
}

/**
 * Runs every stage in order in this thread. Pure: no file system, so it also runs in a browser worker.
 * HTML pages need the context's `readHtml`: not loaded here, so that importing the pipeline never loads linkedom.
 */
export function runPipeline(sourceFiles: SourceFile[], context: PipelineContext = {}): Extraction {
  const prepared = prepareCorpus(sourceFiles, context);
  const batches = planBatches(prepared.sourceFiles.map((file) => ({ file, size: file.bytes.length })));
  const findings = batches.map((batch) => findInDocuments(prepared, batch.map(({ file }) => file), context));
  return { dataset: refineFindings(prepared, findings, context), textShards: findings.flatMap((f) => f.textShards) };
}
