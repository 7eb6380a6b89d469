import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes to a temporary file beside the target, flushes it, then renames: readers see the old file
 * or the new one, never half of one. `chunks` are written as they come, so no single string needs
 * to hold a large file; a chunk still being computed is a promise, awaited in its turn (a rejected
 * one leaves the file unchanged).
 */
export async function writeFileAtomically(path: string, chunks: Iterable<string | Promise<string>>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    const handle = await open(temporary, 'w');
    try {
      // Each chunk is encoded into one reused buffer at once. Gathered as strings and joined, the
      // chunks outlived the awaited writes, were moved to the old generation and stayed there until
      // a full collection: at 10,000 articles the heap grew by the dataset's 116 MB while writing it.
      const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
      let used = 0;
      for (const pending of chunks) {
        const chunk = typeof pending === 'string' ? pending : await pending;
        if (used + chunk.length * MAX_UTF8_BYTES_PER_UNIT > buffer.length) {
          await handle.write(buffer, 0, used);
          used = 0;
        }
        if (chunk.length * MAX_UTF8_BYTES_PER_UNIT > buffer.length) await handle.write(chunk);
        else used += buffer.write(chunk, used);
      }
      if (used > 0) await handle.write(buffer, 0, used);
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

/** Small pieces are gathered into writes of at most this many bytes. */
const WRITE_BUFFER_BYTES = 1 << 20;
/** A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair, two units, takes 4). */
const MAX_UTF8_BYTES_PER_UNIT = 3;
