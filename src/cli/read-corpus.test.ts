import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../pipeline/01-ingest';
import { listCorpus, readSourceFile } from './read-corpus';

/** Permission bits do not stop root, so the permission test only means something for other users. */
const runningAsRoot = process.getuid?.() === 0;

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'diplograph-read-corpus-'));
});
afterEach(async () => {
  await chmod(join(root, 'locked'), 0o755).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

async function write(files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

const summary = async () => {
  const { articles, manifests, warnings } = await listCorpus(root);
  const read = articles.map(readSourceFile);
  const files = [...read.flatMap((result) => ('file' in result ? [result.file] : [])), ...manifests].sort((a, b) => (a.path < b.path ? -1 : 1));
  for (const result of read) if ('warning' in result) warnings.push(result.warning);
  return {
    files: files.map((file) => `${file.path}=${new TextDecoder().decode(file.bytes)}`),
    warnings: warnings.map((warning) => `${warning.file}: ${warning.reason}`),
  };
};

describe('listCorpus and readSourceFile', () => {
  it('reads article files and manifests recursively, sorted by path, passing over other and hidden files', async () => {
    await write({
      'b/c.md': 'C',
      'b/d.html': 'D',
      'b/sources.json': '{}',
      'a.txt': 'A',
      'Z.TXT': 'Z',
      'b.txt': 'B',
      'notes.docx': 'ignored',
      '.hidden/x.txt': 'ignored',
      '.DS_Store': 'ignored',
    });
    expect(await summary()).toEqual({
      files: ['Z.TXT=Z', 'a.txt=A', 'b.txt=B', 'b/c.md=C', 'b/d.html=D', 'b/sources.json={}'],
      warnings: [],
    });
  });

  it('follows symbolic links once, reporting loops, repeats and broken links', async () => {
    await write({ 'a/one.txt': '1', 'shared/two.txt': '2' });
    await symlink('..', join(root, 'a/back-to-root'));
    await symlink('../shared', join(root, 'a/shared-again'));
    await symlink('missing.txt', join(root, 'broken.txt'));
    await symlink('a/one.txt', join(root, 'linked.txt'));
    expect(await summary()).toEqual({
      files: ['a/one.txt=1', 'linked.txt=1', 'shared/two.txt=2'],
      warnings: [
        'a/back-to-root/: symbolic link loop back to ./; not followed',
        'a/shared-again/: same folder as shared/ (symbolic link); read once',
        'broken.txt: broken symbolic link; skipped',
      ],
    });
  });

  it('skips files over the size limit without reading them, and files that are not regular files', async () => {
    await write({ 'ok.txt': 'fine', 'huge.txt': '' });
    await truncate(join(root, 'huge.txt'), MAX_FILE_BYTES + 1);
    execFileSync('mkfifo', [join(root, 'pipe.txt')]);
    expect(await summary()).toEqual({
      files: ['ok.txt=fine'],
      warnings: ['huge.txt: file is 50.1 MB, over the 50 MB limit; skipped', 'pipe.txt: not a regular file; skipped'],
    });
  });

  it.skipIf(runningAsRoot)('reports unreadable files and folders instead of failing', async () => {
    await write({ 'ok.txt': 'fine', 'secret.txt': 'x', 'locked/inner.txt': 'y' });
    await chmod(join(root, 'secret.txt'), 0o000);
    await chmod(join(root, 'locked'), 0o000);
    expect(await summary()).toEqual({
      files: ['ok.txt=fine'],
      warnings: ['locked/: cannot read folder: permission denied; skipped', 'secret.txt: cannot read: permission denied; skipped'],
    });
  });

  it.each([
    ['a missing folder', (dir: string) => join(dir, 'nope'), /^no such folder: .*nope$/],
    ['a file instead of a folder', (dir: string) => join(dir, 'file.txt'), /^not a folder: .*file\.txt$/],
  ])('refuses %s with a clear error', async (_, input, message) => {
    await write({ 'file.txt': 'x' });
    await expect(listCorpus(input(root))).rejects.toThrow(message);
  });

  it('names a file that disappeared between listing and reading, as a warning', async () => {
    await write({ 'a.txt': 'A', 'b.txt': 'B' });
    const { articles } = await listCorpus(root);
    await rm(join(root, 'b.txt'));
    const [a, b] = articles.map(readSourceFile);
    expect('file' in a && new TextDecoder().decode(a.file.bytes)).toBe('A');
    expect(b).toEqual({ warning: { file: 'b.txt', reason: 'cannot read: it disappeared while reading; skipped' } });
  });
});
