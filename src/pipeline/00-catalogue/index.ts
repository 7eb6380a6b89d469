/**
 * Stage 0, catalogue: what must be settled for the whole corpus before its files can be read in
 * independent batches. Steps: 1 sort the files and drop repeated paths, 2 read the sources.json
 * manifests, 3 give every article file a document id that no other file can take.
 */
import type { Warning } from '../../schema';
import { compareCodeUnits, isArticlePath, isManifestPath, readManifests } from '../01-ingest';
import type { Catalogue, SourceFile, Stage } from '../types';

export const catalogue: Stage = (state) => {
  const warnings: Warning[] = [];
  const sources = uniqueByPath([...state.sourceFiles].sort((a, b) => compareCodeUnits(a.path, b.path)), warnings);
  const articles: SourceFile[] = [];
  for (const source of sources) {
    if (isArticlePath(source.path)) articles.push(source);
    else if (!isManifestPath(source.path)) warnings.push({ file: source.path, reason: 'not a .txt, .md or .html file; skipped' });
  }
  const manifests = sources.filter((file) => isManifestPath(file.path));
  const corpus = catalogueCorpus(articles.map((file) => file.path), manifests);
  return { ...state, sourceFiles: articles, catalogue: corpus.catalogue, warnings: [...state.warnings, ...warnings, ...corpus.warnings] };
};

/** The catalogue of article files (paths sorted, unique) and manifests: also what the CLI computes before reading files in worker threads. */
export function catalogueCorpus(articlePaths: readonly string[], manifests: readonly SourceFile[]): { catalogue: Catalogue; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const manifest = readManifests(manifests, new Set(articlePaths), warnings);
  return { catalogue: { manifest, fileIds: fileIds(articlePaths) }, warnings };
}

/**
 * Document id bases: the file stem, with `@N` for the N-th file (from 2) of the same stem. `~` and `@`
 * in stems become `-`, so a file's id never equals the id another file's article or repeat is given.
 */
export function fileIds(paths: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const filesPerStem = new Map<string, number>();
  for (const path of paths) {
    const stem = fileStem(path).replace(/[~@]/g, '-');
    const n = (filesPerStem.get(stem) ?? 0) + 1;
    filesPerStem.set(stem, n);
    ids.set(path, n === 1 ? stem : `${stem}@${n}`);
  }
  return ids;
}

export function fileStem(path: string): string {
  const base = path.split('/').pop() ?? path;
  return base.replace(/\.[^.]+$/, '');
}

function uniqueByPath(sorted: SourceFile[], warnings: Warning[]): SourceFile[] {
  return sorted.filter((file, index) => {
    const repeated = index > 0 && sorted[index - 1].path === file.path;
    if (repeated) warnings.push({ file: file.path, reason: 'given more than once; read the first copy' });
    return !repeated;
  });
}
