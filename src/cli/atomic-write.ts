import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes to a temporary file beside the target, flushes it, then renames: readers see the old file
 * or the new one, never half of one. `chunks` are written as they come, so no single string needs
 * to hold a large file.
 */
export async function writeFileAtomically(path: string, chunks: Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    const handle = await open(temporary, 'w');
    try {
      let buffered: string[] = [];
      let size = 0;
      for (const chunk of chunks) {
        buffered.push(chunk);
        size += chunk.length;
        if (size >= WRITE_CHUNK_CHARS) {
          await handle.write(buffered.join(''));
          buffered = [];
          size = 0;
        }
      }
      if (buffered.length > 0) await handle.write(buffered.join(''));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Small pieces are gathered into writes of about this many characters. */
const WRITE_CHUNK_CHARS = 1 << 20;
