import { textShardPath, validateTextShard, type Document } from '../schema';
import { DATASET_FILE } from './load-dataset';

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
  let response: Response;
  try {
    response = await fetchImpl(file);
  } catch (error) {
    return { ok: false, problems: [`The file could not be fetched: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (!response.ok) {
    return { ok: false, problems: [response.status === 404 ? 'The file is missing (HTTP 404). Run `npm run extract` again.' : `The server answered HTTP ${response.status} ${response.statusText}.`] };
  }
  let value: unknown;
  try {
    value = JSON.parse(await response.text());
  } catch (error) {
    return { ok: false, problems: [`The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const result = validateTextShard(value);
  return result.ok ? { ok: true, texts: new Map(result.shard.documents.map((d) => [d.id, d.text])) } : { ok: false, problems: result.problems };
}

export const loadDocumentText = createTextLoader();
