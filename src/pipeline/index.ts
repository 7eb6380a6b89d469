/**
 * The extraction engine: an ordered list of pure stages, each `(state, context) => state`,
 * like chrono-node's parsers then refiners. This list is the one place that orders them.
 */
import type { Dataset } from '../schema';
import type { PipelineContext, PipelineState, SourceFile, Stage } from './types';
import { ingest } from './01-ingest';
import { segment } from './02-segment';
import { documentDates } from './03-document-dates';
import { dedupe } from './04-dedupe';
import { sentences } from './05-sentences';
import { mentions } from './06-mentions';
import { entities } from './07-entities';
import { meetings } from './08-meetings';
import { statements } from './09-statements';
import { eventDates } from './10-event-dates';
import { mergeActors } from './11-merge-actors';
import { dropDegenerateEvents, foldSubMeetings, mergeReportedEvents } from './12-merge-events';
import { assemble } from './13-assemble';
import { layout } from './14-layout';

type NamedStage = readonly [name: string, stage: Stage];

/** Stages that need the whole corpus: reading files, splitting articles, finding duplicates. */
const corpusPreparation: readonly NamedStage[] = [
  ['ingest', ingest],
  ['segment', segment],
  ['document dates', documentDates],
  ['dedupe', dedupe],
];

/** Stages that read one document at a time: they can run on slices of the corpus in parallel. */
export const documentStages: readonly NamedStage[] = [
  ['sentences', sentences],
  ['mentions', mentions],
  ['entities', entities],
  ['meetings', meetings],
  ['statements', statements],
  ['event dates', eventDates],
];

/** Refiners over everything the document stages found. */
const corpusRefinement: readonly NamedStage[] = [
  ['merge actors', mergeActors],
  ['drop degenerate events', dropDegenerateEvents],
  ['fold sub-meetings', foldSubMeetings],
  ['merge reported events', mergeReportedEvents],
  ['assemble', assemble],
  ['layout', layout],
];

export const stages: readonly NamedStage[] = [...corpusPreparation, ...documentStages, ...corpusRefinement];

export function initialState(sourceFiles: SourceFile[]): PipelineState {
  return { sourceFiles, files: [], documents: [], sentences: [], mentions: [], entities: [], events: [], dataset: null, warnings: [] };
}

export function runStages(state: PipelineState, list: readonly NamedStage[], context: PipelineContext = {}): PipelineState {
  let current = state;
  for (const [name, stage] of list) {
    current = stage(current, context);
    context.onStage?.(name);
  }
  return current;
}

/** Ingest to dedupe: the documents, ready to be split among workers. */
export function prepareDocuments(sourceFiles: SourceFile[], context: PipelineContext = {}): PipelineState {
  return runStages(initialState(sourceFiles), corpusPreparation, context);
}

/** What a slice of documents yields (warnings: only new ones); sentences and mentions stay behind, the refiners do not read them. */
export type DocumentFindings = Pick<PipelineState, 'documents' | 'entities' | 'events' | 'warnings'>;

export function findInDocuments(state: PipelineState, context: PipelineContext = {}): DocumentFindings {
  const { documents, entities, events, warnings } = runStages({ ...state, warnings: [] }, documentStages, context);
  return { documents, entities, events, warnings };
}

/** Merges slices' findings (in corpus order) and refines them into the dataset. */
export function refineFindings(prepared: PipelineState, findings: DocumentFindings[], context: PipelineContext = {}): Dataset {
  const state: PipelineState = {
    ...prepared,
    documents: findings.flatMap((f) => f.documents),
    entities: findings.flatMap((f) => f.entities),
    events: findings.flatMap((f) => f.events),
    warnings: [...prepared.warnings, ...findings.flatMap((f) => f.warnings)],
  };
  const refined = runStages(state, corpusRefinement, context);
  if (!refined.dataset) throw new Error('pipeline finished without assembling a dataset');
  return refined.dataset;
}

/** Runs every stage in order in this thread. Pure: no file system, so it also runs in a browser worker. */
export function runPipeline(sourceFiles: SourceFile[], context: PipelineContext = {}): Dataset {
  const prepared = prepareDocuments(sourceFiles, context);
  return refineFindings(prepared, [findInDocuments(prepared, context)], context);
}
