/**
 * One batch of the corpus, read and extracted: the unit of work of a worker thread (or of the main
 * thread when it works alone). Reads the batch's files, runs the document stages (the last checks
 * every evidence span against its text) and writes the batch's text shard into the text folder.
 */
import { findInDocuments, initialState, type DocumentFindings } from '../pipeline';
import { isHtmlPath } from '../pipeline/01-ingest';
import { htmlReader, loadHtmlLibraries } from '../pipeline/01-ingest/html';
import type { Catalogue, PipelineContext, SourceFile } from '../pipeline/types';
import type { Warning } from '../schema';
import { writeFileAtomically } from './atomic-write';
import { leaveQuotesInTextShards } from './evidence-quotes';
import { readSourceFile, type CorpusEntry } from './read-corpus';

export interface BatchJob {
  files: CorpusEntry[];
  /** The catalogue's entries for these files only. */
  catalogue: Catalogue;
  /** Where text shards go; null to keep no texts (eval, benchmarks). */
  textFolder: string | null;
}

/** The batch's findings without the texts, which are on disk by now; with a text folder, without the quotes too (`evidence-quotes`). */
export type BatchResult = Omit<DocumentFindings, 'textShards'>;

/** A batch's findings, complete, and the writing of its text shard, not yet started. */
export interface ExtractedBatch {
  findings: BatchResult;
  writeTexts: () => Promise<void>;
}

/** Reads and extracts the batch; its texts are written when asked for, so its findings can be sent on before that. */
export async function extractBatch(job: BatchJob, context: PipelineContext = {}): Promise<ExtractedBatch> {
  const files: SourceFile[] = [];
  const readWarnings: Warning[] = [];
  for (const read of job.files.map(readSourceFile)) {
    if ('file' in read) files.push(read.file);
    else readWarnings.push(read.warning);
  }
  const reading = job.files.some((file) => isHtmlPath(file.path)) ? { ...context, readHtml: htmlReader(await loadHtmlLibraries()) } : context;
  const { textShards, ...found } = findInDocuments({ ...initialState(), catalogue: job.catalogue }, files, reading);
  const findings = { ...found, warnings: [...readWarnings, ...found.warnings] };
  const { textFolder } = job;
  if (textFolder === null) return { findings, writeTexts: async () => {} };
  // The quotes are the shard's to give back: the main thread reads them only once every shard is written.
  leaveQuotesInTextShards(findings);
  return {
    findings,
    writeTexts: async () => {
      for (const shard of textShards) await writeFileAtomically(`${textFolder}/${shard.id}.json`, [shard.json]);
    },
  };
}

/** The batch extracted and its text shard written. */
export async function runBatchJob(job: BatchJob, context: PipelineContext = {}): Promise<BatchResult> {
  const { findings, writeTexts } = await extractBatch(job, context);
  await writeTexts();
  return findings;
}
