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

export const stages: ReadonlyArray<readonly [name: string, stage: Stage]> = [
  ['ingest', ingest],
  ['segment', segment],
  ['document dates', documentDates],
  ['dedupe', dedupe],
  ['sentences', sentences],
  ['mentions', mentions],
  ['entities', entities],
  ['meetings', meetings],
  ['statements', statements],
  ['event dates', eventDates],
  ['merge actors', mergeActors],
  ['drop degenerate events', dropDegenerateEvents],
  ['fold sub-meetings', foldSubMeetings],
  ['merge reported events', mergeReportedEvents],
  ['assemble', assemble],
  ['layout', layout],
];

export function initialState(sourceFiles: SourceFile[]): PipelineState {
  return { sourceFiles, files: [], documents: [], sentences: [], mentions: [], entities: [], events: [], dataset: null, warnings: [] };
}

/** Runs every stage in order. Pure: no file system, so it also runs in a browser worker. */
export function runPipeline(sourceFiles: SourceFile[], context: PipelineContext = {}): Dataset {
  let state = initialState(sourceFiles);
  for (const [name, stage] of stages) {
    state = stage(state, context);
    context.onStage?.(name);
  }
  if (!state.dataset) throw new Error('pipeline finished without assembling a dataset');
  return state.dataset;
}
