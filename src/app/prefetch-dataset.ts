import { DATASET_FILE, DATASET_REQUEST, handOverOnce } from './dataset-request';

/**
 * Imported first by the page's entry: the dataset (17 MB for a 20k-element graph) starts to
 * download as the script starts to run, instead of after every module and React's first render.
 * A network failure is reported when the explorer reads the response, not as an unhandled rejection.
 */
const started = fetch(DATASET_FILE, DATASET_REQUEST);
started.catch(() => undefined);

export const fetchDataset = handOverOnce(started, DATASET_FILE);
