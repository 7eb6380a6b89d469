export type FetchedJson = { ok: true; value: unknown } | { ok: false; problems: string[] };

/**
 * Fetches and parses a JSON file; every failure becomes a sentence for the user. `whenMissing` says
 * what to do about an HTTP 404. `init` is only passed when given (a text shard, named by its
 * content, may come from the cache; the dataset may not).
 */
export async function fetchJson(fetchImpl: typeof fetch, file: string, whenMissing: string, init?: RequestInit): Promise<FetchedJson> {
  const fail = (problem: string): FetchedJson => ({ ok: false, problems: [problem] });
  let response: Response;
  try {
    response = await (init ? fetchImpl(file, init) : fetchImpl(file));
  } catch (error) {
    return fail(`The file could not be fetched: ${messageOf(error)}`);
  }
  if (!response.ok) return fail(response.status === 404 ? `The file is missing (HTTP 404). ${whenMissing}` : `The server answered HTTP ${response.status} ${response.statusText}.`);
  try {
    return { ok: true, value: JSON.parse(await response.text()) };
  } catch (error) {
    return fail(`The file is not valid JSON: ${messageOf(error)}`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
