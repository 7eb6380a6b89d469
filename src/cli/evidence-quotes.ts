/**
 * Evidence quotes left in the text shards while the main thread gathers the findings. Every evidence
 * span quotes its document's text, which a worker has written to the batch's text shard before it
 * answers: the worker sends the spans with empty quotes, and once the dataset is assembled the main
 * thread reads the quotes back, one shard at a time in corpus order. At 10,000 articles the distinct
 * quotes were 26 MB of the main thread's heap while the workers ran, and cloning them from the
 * workers cost both threads CPU; the refiners compare statements by `quoteKey`, never by quote.
 */
import { readFile } from 'node:fs/promises';
import type { Dataset, Evidence, TextShard } from '../schema';
import type { BatchResult } from './batch-job';

/** An evidence's quote until it is read back from its document's text shard. */
export const QUOTE_IN_TEXT_SHARD = '';

/** Empties every quote of a batch's findings, whose texts are in their shard by now. */
export function leaveQuotesInTextShards(findings: Pick<BatchResult, 'entities' | 'events'>): void {
  for (const event of findings.events) for (const evidence of event.evidence) evidence.quote = QUOTE_IN_TEXT_SHARD;
  for (const entity of findings.entities) for (const claim of entity.roles) claim.evidence.quote = QUOTE_IN_TEXT_SHARD;
}

/** Sets the quote of every evidence of the dataset from the text shards in `textFolder`. */
export async function readQuotesFromTextShards(dataset: Pick<Dataset, 'documents' | 'actors' | 'events'>, textFolder: string): Promise<void> {
  const evidenceOf = new Map<string, Evidence[]>();
  const cite = (evidence: Evidence) => {
    const list = evidenceOf.get(evidence.documentId);
    if (list === undefined) evidenceOf.set(evidence.documentId, [evidence]);
    else list.push(evidence);
  };
  for (const event of dataset.events) for (const evidence of event.evidence) cite(evidence);
  for (const actor of dataset.actors) for (const claim of actor.roles) cite(claim.evidence);
  const shards = new Set(dataset.documents.filter((document) => evidenceOf.has(document.id)).map((document) => document.textShard));
  for (const shard of shards) {
    const { documents } = JSON.parse(await readFile(`${textFolder}/${shard}.json`, 'utf8')) as TextShard;
    // The evidence citing each distinct quote, the quote still a slice of its text.
    const citing = new Map<string, Evidence[]>();
    for (const { id, text } of documents) {
      for (const evidence of evidenceOf.get(id) ?? []) {
        const slice = text.slice(evidence.start, evidence.end);
        const list = citing.get(slice);
        if (list === undefined) citing.set(slice, [evidence]);
        else list.push(evidence);
      }
      evidenceOf.delete(id);
    }
    // A slice keeps its whole text alive: cloned, each quote is a string of its own and the shard's texts can go.
    const quotes = structuredClone([...citing.keys()]);
    let index = 0;
    for (const list of citing.values()) {
      const quote = quotes[index++];
      for (const evidence of list) evidence.quote = quote;
    }
  }
  const [missing] = evidenceOf.keys();
  if (missing !== undefined) throw new Error(`no text shard holds document ${missing}, which evidence cites`);
}
