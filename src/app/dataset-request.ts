/** Relative, so the built site also works under a sub-path. */
export const DATASET_FILE = 'dataset.json';

/** The dataset is never taken from the HTTP cache: a new extraction must show at once. */
export const DATASET_REQUEST: RequestInit = { cache: 'no-cache' };

/**
 * A fetch that answers its first request for `file` with `started`, a request already under way,
 * and fetches afresh after that (a response's body can be read once; a remount loads again).
 */
export function handOverOnce(started: Promise<Response>, file: string, fetchImpl: typeof fetch = fetch): typeof fetch {
  let pending: Promise<Response> | null = started;
  return (input, init) => {
    if (pending && input === file) {
      const response = pending;
      pending = null;
      return response;
    }
    return init ? fetchImpl(input, init) : fetchImpl(input);
  };
}
