/**
 * Step 3 of ingest: sources.json manifests. A manifest describes the files in its own folder, either as
 * `[{ file | path, title, date, outlet, url }]` or as `{ "<file name>": { title, date, outlet, url } }`.
 * A broken manifest is ignored with a warning, never fatal: the articles still read without it.
 */
import type { Warning } from '../../schema';
import { isRecord, readRecordMeta, type PartialMeta } from './record-meta';

export const MANIFEST_NAME = 'sources.json';

export function isManifestPath(path: string): boolean {
  return path === MANIFEST_NAME || path.endsWith(`/${MANIFEST_NAME}`);
}

/** Metadata by corpus path of the described file. */
export type ManifestEntries = Map<string, PartialMeta>;

export function readManifest(manifestPath: string, text: string): { entries: ManifestEntries; warnings: Warning[] } {
  const entries: ManifestEntries = new Map();
  const warnings: Warning[] = [];
  const warn = (reason: string) => warnings.push({ file: manifestPath, reason });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    warn(`not valid JSON (${(error as Error).message}); manifest ignored`);
    return { entries, warnings };
  }
  let listed: [label: string, name: unknown, record: unknown][];
  if (Array.isArray(data)) {
    listed = data.map((record, index) => [`entry ${index + 1}`, isRecord(record) ? (record.file ?? record.path) : undefined, record]);
  } else if (isRecord(data)) {
    listed = Object.entries(data).map(([name, record]) => [`entry ${JSON.stringify(name)}`, name, record]);
  } else {
    warn('is neither a list of entries nor an object keyed by file name; manifest ignored');
    return { entries, warnings };
  }
  const folder = manifestPath.slice(0, manifestPath.length - MANIFEST_NAME.length);
  for (const [label, name, record] of listed) {
    if (!isRecord(record)) {
      warn(`${label} is not an object; entry ignored`);
      continue;
    }
    if (typeof name !== 'string' || name.trim() === '') {
      warn(`${label} names no file (needs "file" or "path"); entry ignored`);
      continue;
    }
    const path = folder + name.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    if (entries.has(path)) {
      warn(`lists ${path} twice; kept the first entry`);
      continue;
    }
    const { meta, problems } = readRecordMeta(record);
    for (const problem of problems) warn(`entry for ${path}: ${problem}; ignored it`);
    entries.set(path, meta);
  }
  return { entries, warnings };
}
