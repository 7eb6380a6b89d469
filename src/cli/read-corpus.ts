import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { readFileSync, type Dirent, type Stats } from 'node:fs';
import { MAX_FILE_BYTES, compareCodeUnits, isArticlePath, isManifestPath, tooLargeReason } from '../pipeline/01-ingest';
import type { SourceFile } from '../pipeline/types';
import type { Warning } from '../schema';

/** An article file found in the corpus, read later (by whichever thread extracts it). */
export interface CorpusEntry {
  /** Relative to the corpus folder, with `/` separators. */
  path: string;
  fullPath: string;
  size: number;
}

export interface CorpusListing {
  /** Sorted by path. */
  articles: CorpusEntry[];
  /** sources.json manifests, read: they are small and describe the whole corpus. */
  manifests: SourceFile[];
  warnings: Warning[];
}

/**
 * Lists every article file (.txt, .md, .html) under `root`, recursively, sorted by path, and reads
 * the sources.json manifests. Anything unreadable inside the folder becomes a warning; only a
 * missing or unreadable `root` throws. Hidden entries (.git, .DS_Store) are passed over.
 */
export async function listCorpus(root: string): Promise<CorpusListing> {
  const articles: CorpusEntry[] = [];
  const manifests: SourceFile[] = [];
  const warnings: Warning[] = [];
  let rootStats: Stats;
  try {
    rootStats = await stat(root);
  } catch (error) {
    throw new Error(errorCode(error) === 'ENOENT' ? `no such folder: ${root}` : `cannot open ${root}: ${describeError(error)}`);
  }
  if (!rootStats.isDirectory()) throw new Error(`not a folder: ${root}`);
  /** Real path of every folder read, with the corpus path it was first read at: symlinks may lead back. */
  const folders = new Map<string, string>();
  /** Folders reached through a symbolic link, read after the real tree so a folder is named by its real place. */
  const linkedFolders: [dir: string, ancestors: ReadonlySet<string>][] = [];

  async function walk(dir: string, ancestors: ReadonlySet<string>): Promise<void> {
    const path = corpusPath(root, dir);
    const real = await realpath(dir);
    if (ancestors.has(real)) {
      warnings.push({ file: `${path}/`, reason: `symbolic link loop back to ${folders.get(real) || '.'}/; not followed` });
      return;
    }
    const earlier = folders.get(real);
    if (earlier !== undefined) {
      warnings.push({ file: `${path}/`, reason: `same folder as ${earlier || '.'}/ (symbolic link); read once` });
      return;
    }
    folders.set(real, path);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (dir === root) throw new Error(`cannot read ${root}: ${describeError(error)}`);
      warnings.push({ file: `${path}/`, reason: `cannot read folder: ${describeError(error)}; skipped` });
      return;
    }
    const visible = entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => compareCodeUnits(a.name, b.name));
    for (const entry of visible) {
      const full = join(dir, entry.name);
      const entryPath = corpusPath(root, full);
      let stats: Stats;
      try {
        stats = await stat(full);
      } catch (error) {
        const code = entry.isSymbolicLink() ? errorCode(error) : undefined;
        const reason = code === 'ENOENT' ? 'broken symbolic link' : code === 'ELOOP' ? 'symbolic link loop' : `cannot read: ${describeError(error)}`;
        warnings.push({ file: entryPath, reason: `${reason}; skipped` });
        continue;
      }
      if (stats.isDirectory()) {
        if (entry.isSymbolicLink()) linkedFolders.push([full, new Set([...ancestors, real])]);
        else await walk(full, new Set([...ancestors, real]));
      } else if (isArticlePath(entryPath) || isManifestPath(entryPath)) {
        if (!readable(entryPath, stats, warnings)) continue;
        if (isArticlePath(entryPath)) articles.push({ path: entryPath, fullPath: full, size: stats.size });
        else {
          const read = readSourceFile({ path: entryPath, fullPath: full, size: stats.size });
          if ('file' in read) manifests.push(read.file);
          else warnings.push(read.warning);
        }
      }
    }
  }

  await walk(root, new Set());
  for (let linked = linkedFolders.shift(); linked; linked = linkedFolders.shift()) await walk(...linked);
  articles.sort((a, b) => compareCodeUnits(a.path, b.path));
  manifests.sort((a, b) => compareCodeUnits(a.path, b.path));
  warnings.sort((a, b) => compareCodeUnits(a.file, b.file));
  return { articles, manifests, warnings };
}

function readable(path: string, stats: Stats, warnings: Warning[]): boolean {
  // Checked here too so a huge file is never loaded into memory just to be refused.
  if (stats.size > MAX_FILE_BYTES) warnings.push({ file: path, reason: `${tooLargeReason(stats.size)}; skipped` });
  else if (!stats.isFile()) warnings.push({ file: path, reason: 'not a regular file; skipped' });
  else return true;
  return false;
}

/**
 * The file's bytes, or a warning naming it when it cannot be read (it may have changed since it was
 * listed). Read synchronously: the thread that reads a batch waits for all of it anyway, and the
 * promise-based readFile took three times the CPU time on small article files.
 */
export function readSourceFile(entry: CorpusEntry): { file: SourceFile } | { warning: Warning } {
  try {
    return { file: { path: entry.path, bytes: new Uint8Array(readFileSync(entry.fullPath)) } };
  } catch (error) {
    return { warning: { file: entry.path, reason: `cannot read: ${describeError(error)}; skipped` } };
  }
}

/** Path relative to the corpus folder with `/` separators, as documents name their source. */
function corpusPath(root: string, full: string): string {
  return relative(root, full).split(sep).join('/');
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

const ERROR_DESCRIPTIONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'it disappeared while reading',
  EISDIR: 'it is a folder',
  ENOTDIR: 'not a folder',
  EIO: 'input/output error',
};

function describeError(error: unknown): string {
  const code = errorCode(error);
  return (code && ERROR_DESCRIPTIONS[code]) ?? (error instanceof Error ? error.message : String(error));
}
