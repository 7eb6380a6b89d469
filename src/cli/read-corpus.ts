import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Warning } from '../schema';
import type { SourceFile } from '../pipeline/types';

const ACCEPTED = /\.(txt|md|html?)$/i;

/** Reads every accepted file under `root` (recursively) plus any sources.json manifests. */
export async function readCorpus(root: string): Promise<{ files: SourceFile[]; warnings: Warning[] }> {
  const files: SourceFile[] = [];
  const warnings: Warning[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      const path = relative(root, full).split(sep).join('/');
      if (entry.isDirectory()) await walk(full);
      else if (ACCEPTED.test(entry.name) || entry.name === 'sources.json') {
        files.push({ path, bytes: new Uint8Array(await readFile(full)) });
      }
    }
  }
  await walk(root);
  return { files, warnings };
}
