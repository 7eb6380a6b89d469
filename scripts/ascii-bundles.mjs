/**
 * Rewrites every non-ASCII character of the CLI's bundles (dist-cli/*.js) as a \uXXXX escape. esbuild
 * escapes strings but leaves regular expression literals and String.raw patterns as written, and one
 * such character makes V8 hold the whole source as two bytes a character: about 5 MB more resident
 * memory per document worker (Session 21, docs/PERFORMANCE.md). Every such character is in a pattern
 * (a literal or a String.raw given to RegExp), where the escape means the same character.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2] ?? 'dist-cli';
for (const name of readdirSync(folder).filter((file) => file.endsWith('.js'))) {
  const path = join(folder, name);
  const source = readFileSync(path, 'utf8');
  const ascii = source.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== source) writeFileSync(path, ascii);
}
