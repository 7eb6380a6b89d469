import { validateDataset } from '../schema';
import type { LoadState } from './store';
import { indexDataset } from './model/dataset-index';

/** Relative, so the built site also works under a sub-path. */
export const DATASET_FILE = 'dataset.json';

/** Fetches and validates the dataset; every failure becomes an error state naming the file and the problem. */
export async function loadDataset(fetchImpl: typeof fetch = fetch, file = DATASET_FILE): Promise<LoadState> {
  const fail = (...problems: string[]): LoadState => ({ status: 'error', file, problems });
  let response: Response;
  try {
    response = await fetchImpl(file, { cache: 'no-cache' });
  } catch (error) {
    return fail(`The file could not be fetched: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) {
    return fail(
      response.status === 404
        ? 'The file is missing (HTTP 404). Run `npm run extract` to write it from data/corpus.'
        : `The server answered HTTP ${response.status} ${response.statusText}.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(await response.text());
  } catch (error) {
    return fail(`The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = validateDataset(value);
  if (!result.ok) return fail(...result.problems);
  return { status: 'ready', index: indexDataset(result.dataset) };
}
