import { validateDataset } from '../schema';
import { fetchJson } from './fetch-json';
import type { LoadState } from './store';
import { indexDataset } from './model/dataset-index';
import { DATASET_FILE, DATASET_REQUEST } from './dataset-request';

/** Fetches and validates the dataset; every failure becomes an error state naming the file and the problem. */
export async function loadDataset(fetchImpl: typeof fetch = fetch, file = DATASET_FILE): Promise<LoadState> {
  const fetched = await fetchJson(fetchImpl, file, 'Run `npm run extract` to write it from data/corpus.', DATASET_REQUEST);
  if (!fetched.ok) return { status: 'error', file, problems: fetched.problems };
  const result = validateDataset(fetched.value);
  if (!result.ok) return { status: 'error', file, problems: result.problems };
  return { status: 'ready', index: indexDataset(result.dataset) };
}
