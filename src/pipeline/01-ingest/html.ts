/**
 * Step 4 of ingest: an HTML page reduced to its article text (Readability on a linkedom DOM, which
 * also runs in a browser worker where DOMParser is missing), plus title, date, outlet and URL from meta tags.
 */
import type { Readability } from '@mozilla/readability';
import type { parseHTML } from 'linkedom';
import { readMetaDate } from './dates';
import tags from './html-tags.json';
import keys from './metadata-keys.json';
import type { PartialMeta } from './record-meta';

/**
 * Readability's time grows steeply with nesting (measured: 0.6 s at 400 levels, 14 s at 1,000) and
 * linearly with element count; beyond these limits the page's text is read without it.
 */
export const MAX_DEPTH_FOR_READABILITY = 150;
export const MAX_ELEMENTS_FOR_READABILITY = 30_000;

export interface HtmlArticle {
  /** Paragraphs separated by blank lines; the headline first. */
  text: string;
  meta: PartialMeta;
  /** Warning reasons. */
  problems: string[];
}

const BLOCK_TAGS = new Set(tags.block.map((tag) => tag.toUpperCase()));
const NEVER_TEXT_TAGS = new Set(tags.neverText.map((tag) => tag.toUpperCase()));
const PAGE_CHROME_TAGS = new Set(tags.pageChrome.map((tag) => tag.toUpperCase()));

/** The two libraries an HTML page is read with (about 16 MB resident once loaded). */
export interface HtmlLibraries {
  parseHTML: typeof parseHTML;
  Readability: typeof Readability;
}

/** The libraries, loaded as a caller needs them: a thread that reads no HTML page never loads them. */
export async function loadHtmlLibraries(): Promise<HtmlLibraries> {
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  return { parseHTML, Readability };
}

/** Reads pages with the libraries given: `read-html.ts` gives them loaded, `loadHtmlLibraries` when needed. */
export function htmlReader(libraries: HtmlLibraries): (html: string) => HtmlArticle {
  return (html) => readHtml(html, libraries);
}

function readHtml(html: string, { parseHTML, Readability }: HtmlLibraries): HtmlArticle {
  const parseDocument = (page: string) => parseDocumentWith(parseHTML, page);
  const document = parseDocument(html);
  const metaTags = readMetaTags(document);
  const problems: string[] = [];
  const size = measure(document.documentElement);
  const bypass =
    size.depth > MAX_DEPTH_FOR_READABILITY
      ? `HTML is nested ${size.depth} levels deep (limit ${MAX_DEPTH_FOR_READABILITY})`
      : size.elements > MAX_ELEMENTS_FOR_READABILITY
        ? `HTML has ${size.elements} elements (limit ${MAX_ELEMENTS_FOR_READABILITY})`
        : null;
  if (bypass) problems.push(`${bypass}; read all of its text without picking out the article`);
  const pageTitle = document.title.trim() || null;
  // Readability changes the DOM it reads, so meta tags and the title are read first.
  const article = bypass ? null : new Readability<Node>(document, { serializer: (node) => node }).parse();
  const paragraphs = article?.content
    ? paragraphsOf(article.content, NEVER_TEXT_TAGS)
    : paragraphsOf(bypass ? document.body : parseDocument(html).body, new Set([...NEVER_TEXT_TAGS, ...PAGE_CHROME_TAGS]));

  const title = firstOf(keys.htmlMeta.title.map((key) => metaTags.get(key)), article?.title, pageTitle);
  const date = readPageDate([...keys.htmlMeta.date.map((key) => metaTags.get(key)), article?.publishedTime], problems);
  const outlet = firstOf(keys.htmlMeta.outlet.map((key) => metaTags.get(key)), article?.siteName);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const url = firstOf(keys.htmlMeta.url.map((key) => metaTags.get(key)), canonical);
  // The headline carries events too ("X meets Y"); Readability usually drops it from the content.
  if (title && !paragraphs.slice(0, 3).includes(title)) paragraphs.unshift(title);
  return { text: paragraphs.join('\n\n'), meta: { title, date, outlet, url }, problems };
}

/** linkedom needs an <html> root: a fragment or bare text is wrapped in one. */
function parseDocumentWith(parseHTML: HtmlLibraries['parseHTML'], html: string): Document {
  const parsed = parseHTML(html).document as unknown as Document;
  if (parsed.documentElement?.tagName === 'HTML') return parsed;
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

/** `<meta property|name|itemprop=... content=...>`, keys lower-cased, first occurrence kept. */
function readMetaTags(document: Document): Map<string, string> {
  const found = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))?.trim().toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !found.has(key)) found.set(key, content);
  }
  return found;
}

function firstOf(...candidates: (string | null | undefined | (string | null | undefined)[])[]): string | null {
  for (const value of candidates.flat()) {
    const trimmed = value?.replace(/\s+/g, ' ').trim();
    if (trimmed) return trimmed;
  }
  return null;
}

function readPageDate(candidates: (string | null | undefined)[], problems: string[]): string | null {
  for (const candidate of candidates) {
    if (!candidate?.trim()) continue;
    const reading = readMetaDate(candidate);
    if (reading.ok) return reading.date;
    problems.push(`HTML meta date ${reading.problem}; ignored it`);
  }
  return null;
}

/** Element count and depth, walked with an explicit stack so deep nesting cannot overflow the call stack. */
function measure(root: Element): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: [Element, number][] = [[root, 1]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [element, level] = entry;
    elements += 1;
    depth = Math.max(depth, level);
    for (const child of element.children) stack.push([child, level + 1]);
  }
  return { elements, depth };
}

/**
 * Text of `root` as paragraphs: block elements end a paragraph, `<br>` ends a line, whitespace is
 * collapsed. Iterative, for the same reason as `measure`.
 */
function paragraphsOf(root: Node, skipped: ReadonlySet<string>): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const lines = current.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
    const paragraph = lines.filter(Boolean).join('\n');
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const stack: (Node | 'end-of-block')[] = [root];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (item === 'end-of-block') {
      flush();
      continue;
    }
    if (item.nodeType === 3) {
      current += (item.nodeValue ?? '').replace(/\n/g, ' ');
      continue;
    }
    if (item.nodeType !== 1) continue;
    const tag = (item as Element).tagName.toUpperCase();
    if (skipped.has(tag)) continue;
    if (tag === 'BR') {
      current += '\n';
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      stack.push('end-of-block');
    }
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();
  return paragraphs;
}
