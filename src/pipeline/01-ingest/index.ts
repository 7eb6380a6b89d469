/**
 * Stage 1, ingest: article files (path + bytes) to decoded text with metadata.
 * Steps: 1 decode (decode.ts), 2 front matter (front-matter.ts), 3 HTML to text (html.ts), 4 metadata
 * from the file ranked with its sources.json entry (manifest.ts, read by the catalogue stage), 5 a warning when
 * the text is not English (language.ts).
 * Pure, so it runs in a browser worker as well as the CLI.
 */
import type { Warning } from '../../schema';
import type { FileMeta, IngestedFile, PipelineContext, SourceFile, Stage } from '../types';
import { decodeText } from './decode';
import { splitFrontMatter } from './front-matter';
import { notEnglishReason } from './language';
import { readManifest, type ManifestEntries } from './manifest';
import type { PartialMeta } from './record-meta';

export { MAX_FILE_BYTES, tooLargeReason } from './decode';
export { isManifestPath } from './manifest';

const ARTICLE_EXTENSION = /\.(txt|md|markdown|html?)$/i;
const HTML_EXTENSION = /\.html?$/i;

/** Files the stage reads as articles; the CLI reader collects these plus manifests. */
export function isArticlePath(path: string): boolean {
  return ARTICLE_EXTENSION.test(path);
}

/** Articles read as HTML pages, with the context's `readHtml`. */
export function isHtmlPath(path: string): boolean {
  return HTML_EXTENSION.test(path);
}

export const ingest: Stage = (state, context) => {
  const warnings: Warning[] = [];
  const files: IngestedFile[] = [];
  for (const source of state.sourceFiles) {
    const file = ingestArticle(source, state.catalogue.manifest.get(source.path), context, warnings);
    if (file) files.push(file);
  }
  return { ...state, files, warnings: [...state.warnings, ...warnings] };
};

function ingestArticle(source: SourceFile, manifestMeta: PartialMeta | undefined, context: PipelineContext, warnings: Warning[]): IngestedFile | null {
  const warn = (reason: string) => warnings.push({ file: source.path, reason });
  const decoded = decodeText(source.bytes);
  if (!decoded.ok) {
    warn(`${decoded.reason}; skipped`);
    return null;
  }
  const isHtml = isHtmlPath(source.path);
  const read = isHtml ? htmlReader(context, source.path)(decoded.text) : splitFrontMatter(decoded.text);
  read.problems.forEach(warn);
  if (read.text.trim() === '') {
    warn(isHtml ? 'no article text found in the HTML; skipped' : 'no text after the front matter; skipped');
    return null;
  }
  const notEnglish = notEnglishReason(read.text);
  if (notEnglish !== null) warn(notEnglish);
  // Front matter and manifests are written by whoever assembled the corpus, so they outrank a page's own meta tags.
  const ranked: [PartialMeta | undefined, FileMeta['dateSource']][] = isHtml
    ? [[manifestMeta, 'manifest'], [read.meta, 'html-meta']]
    : [[read.meta, 'front-matter'], [manifestMeta, 'manifest']];
  return { path: source.path, text: read.text, meta: mergeMeta(ranked) };
}

function htmlReader(context: PipelineContext, path: string): NonNullable<PipelineContext['readHtml']> {
  if (context.readHtml === undefined) throw new Error(`${path} is HTML, and the pipeline was given no readHtml to read it`);
  return context.readHtml;
}

function mergeMeta(ranked: [PartialMeta | undefined, FileMeta['dateSource']][]): FileMeta {
  const first = (field: keyof PartialMeta) => ranked.find(([meta]) => meta?.[field])?.[0]?.[field] ?? null;
  const dated = ranked.find(([meta]) => meta?.date);
  return { title: first('title'), date: dated?.[0]?.date ?? null, dateSource: dated?.[1] ?? null, outlet: first('outlet'), url: first('url') };
}

/** All manifests' entries by described path; the first manifest (in path order) to describe a file wins. */
export function readManifests(manifests: readonly SourceFile[], articlePaths: ReadonlySet<string>, warnings: Warning[]): ManifestEntries {
  const merged: ManifestEntries = new Map();
  const describedBy = new Map<string, string>();
  for (const manifest of manifests) {
    const decoded = decodeText(manifest.bytes);
    if (!decoded.ok) {
      warnings.push({ file: manifest.path, reason: `${decoded.reason}; manifest ignored` });
      continue;
    }
    const { entries, warnings: manifestWarnings } = readManifest(manifest.path, decoded.text);
    warnings.push(...manifestWarnings);
    for (const [path, meta] of entries) {
      const earlier = describedBy.get(path);
      if (earlier) warnings.push({ file: manifest.path, reason: `lists ${path}, already described by ${earlier}; entry ignored` });
      else if (!articlePaths.has(path)) warnings.push({ file: manifest.path, reason: `lists ${path}, which is not in the corpus` });
      else {
        merged.set(path, meta);
        describedBy.set(path, manifest.path);
      }
    }
  }
  return merged;
}

/** Plain code-unit order: the same on every machine, unlike localeCompare. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
