/**
 * The last document stage: documents' texts leave the pipeline here. The documents read together
 * become one text shard, named by a hash of its content; the document records keep only that name.
 * The refiners never need a text, so memory grows with the graph rather than with the corpus.
 * Before they go, every evidence span found in them is checked against its text: a span that does
 * not quote its document is a pipeline bug, and the run stops rather than cite wrong words.
 */
import { FORMAT_VERSION, quoteProblems, type Document, type TextShard } from '../../schema';
import { contentHash } from '../text/hash';
import type { Stage } from '../types';

export const storeTexts: Stage = (state) => {
  if (state.documents.length === 0) return state;
  const texts = new Map(state.documents.map((document) => [document.id, document.text]));
  const evidence = [...state.events.flatMap((event) => event.evidence), ...state.entities.flatMap((entity) => entity.roles.map((role) => role.evidence))];
  const problems = quoteProblems(evidence, texts);
  if (problems.length > 0) throw new Error(`evidence does not quote its document (a pipeline bug):\n  ${problems.join('\n  ')}`);
  const shard: TextShard = { formatVersion: FORMAT_VERSION, documents: state.documents.map(({ id, text, blocks }) => ({ id, text, blocks })) };
  const json = JSON.stringify(shard);
  const id = contentHash(json);
  const stored = state.documents.map(({ text, blocks: _blocks, ...record }): Document => ({ ...record, textShard: id, textLength: text.length }));
  return { ...state, documents: [], storedDocuments: [...state.storedDocuments, ...stored], textShards: [...state.textShards, { id, json }] };
};
