import { textShardPath, validateTextShard, type Document } from '../schema';
import { fetchJson } from './fetch-json';
import { DATASET_FILE } from './dataset-request';

export type TextState = { status: 'loading' } | { status: 'ready'; text: string } | { status: 'error'; file: string; problems: string[] };

type ShardTexts = { ok: true; texts: Map<string, string> } | { ok: false; problems: string[] };

/**
 * Document texts live in shard files beside the dataset and are fetched when a document is opened.
 * Each shard is fetched once: documents read together share a shard, and users open them in turn.
 */
export function createTextLoader(fetchImpl: typeof fetch = fetch, datasetFile = DATASET_FILE): (document: Document) => Promise<TextState> {
  const shards = new Map<string, Promise<ShardTexts>>();
  return async (document) => {
    const file = textShardPath(datasetFile, document.textShard);
    let shard = shards.get(file);
    if (!shard) {
      shard = fetchShard(fetchImpl, file);
      shards.set(file, shard);
      // A failure may be passing (a network error): the next opening asks again.
      void shard.then((result) => result.ok || shards.delete(file));
    }
    const result = await shard;
    if (!result.ok) return { status: 'error', file, problems: result.problems };
    const text = result.texts.get(document.id);
    if (text === undefined) return { status: 'error', file, problems: [`The file holds no text for document ${document.id}. Run \`npm run extract\` again.`] };
    if (text.length !== document.textLength) {
      return { status: 'error', file, problems: [`The text of document ${document.id} is not the one the dataset was extracted from. Run \`npm run extract\` again.`] };
    }
    return { status: 'ready', text };
  };
}

async function fetchShard(fetchImpl: typeof fetch, file: string): Promise<ShardTexts> {
  const fetched = await fetchJson(fetchImpl, file, 'Run `npm run extract` again.');
  if (!fetched.ok) return fetched;
  const result = validateTextShard(fetched.value);
  return result.ok ? { ok: true, texts: new Map(result.shard.documents.map((d) => [d.id, d.text])) } : { ok: false, problems: result.problems };
}

export const loadDocumentText = createTextLoader();
