/**
 * The extraction engine: an ordered list of pure stages, each `(state, context) => state`,
 * like chrono-node's parsers then refiners. This list is the one place that orders them.
 */
import type { Dataset } from '../schema';
import type { PipelineContext, PipelineState, SourceFile, Stage } from './types';
import { ingest } from './01-ingest';

export const stages: ReadonlyArray<readonly [name: string, stage: Stage]> = [
  ['ingest', ingest],
];

export function initialState(sourceFiles: SourceFile[]): PipelineState {
  return { sourceFiles, files: [], documents: [], mentions: [], entities: [], events: [], dataset: null, warnings: [] };
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
