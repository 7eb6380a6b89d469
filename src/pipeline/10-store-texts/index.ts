/**
 * The last document stage: documents' texts leave the pipeline here. The documents read together
 * become one text shard, named by a hash of its content; the document records keep only that name.
 * The refiners never need a text, so memory grows with the graph rather than with the corpus.
 */
import { FORMAT_VERSION, type Document, type TextShard } from '../../schema';
import { contentHash } from '../text/hash';
import type { Stage } from '../types';

export const storeTexts: Stage = (state) => {
  if (state.documents.length === 0) return state;
  const shard: TextShard = { formatVersion: FORMAT_VERSION, documents: state.documents.map(({ id, text, blocks }) => ({ id, text, blocks })) };
  const json = JSON.stringify(shard);
  const id = contentHash(json);
  const stored = state.documents.map(({ text, blocks: _blocks, ...record }): Document => ({ ...record, textShard: id, textLength: text.length }));
  return { ...state, documents: [], storedDocuments: [...state.storedDocuments, ...stored], textShards: [...state.textShards, { id, json }] };
};
