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

export async function runBatchJob(job: BatchJob, context: PipelineContext = {}): Promise<BatchResult> {
  const files: SourceFile[] = [];
  const readWarnings: Warning[] = [];
  for (const read of job.files.map(readSourceFile)) {
    if ('file' in read) files.push(read.file);
    else readWarnings.push(read.warning);
  }
  const reading = job.files.some((file) => isHtmlPath(file.path)) ? { ...context, readHtml: htmlReader(await loadHtmlLibraries()) } : context;
  const { textShards, ...findings } = findInDocuments({ ...initialState(), catalogue: job.catalogue }, files, reading);
  if (job.textFolder !== null) {
    for (const shard of textShards) await writeFileAtomically(`${job.textFolder}/${shard.id}.json`, [shard.json]);
    leaveQuotesInTextShards(findings);
  }
  return { ...findings, warnings: [...readWarnings, ...findings.warnings] };
}
