/**
 * Splits each file into articles and classifies their lines: headline, photo caption, body,
 * boilerplate, or a leading metadata line. Repeats (scraped pages print headlines and captions
 * twice) are marked so later stages read each once. Document text is stored as written, so
 * evidence offsets point into the original words.
 */
import type { Block, BlockKind } from '../../schema';
import layout from '../model/layout.json';
import type { Article, IngestedFile, Stage } from '../types';
import { listLead, once } from '../text/clauses';

const BOILERPLATE = layout.boilerplateLines.map((p) => new RegExp(p, 'iu'));
const CAPTION_STARTS = layout.captionStarts.map((p) => new RegExp(p, 'iu'));
const CAPTION_MARKS = layout.captionMarks.map((p) => new RegExp(p, 'iu'));
const FILE_PHOTO = new RegExp(layout.filePhoto, 'i');
const DATE_LINE = new RegExp(layout.dateLine, 'i');
const TURN_LABEL = new RegExp(layout.turnLabel, 'u');
const TURN_LINE = new RegExp(layout.turnLabel, 'mu');
const LEAD_ENDING_IN_COLON = new RegExp(layout.leadEndingInColon, 'u');
const ATTENDEE_LIST_LEAD = new RegExp(layout.attendeeListLead, 'iu');
const LIST_ITEM = new RegExp(layout.listItem, 'u');
const WIRE_SIGN_OFF = new RegExp(layout.wireSignOff, 'u');
const SPEAKER_LABEL = new RegExp(layout.speakerLabel, 'u');
const NOT_SPEAKER_LABELS = new Set(layout.notSpeakerLabels);
/** Two or more blank lines separate articles that scrapers concatenate into one file. */
const ARTICLE_BREAK = /\n[ \t]*\n(?:[ \t]*\n)+/g;
const MIN_ARTICLE_CHARS = 200;
/** Whitespace other than single spaces: a line without any needs no folding of its whitespace runs (most lines). */
const UNUSUAL_SPACE = /[^\S ]|\s\s/;

export const segment: Stage = (state) => {
  const documents: Article[] = [];
  for (const file of state.files) {
    const fileId = state.catalogue.fileIds.get(file.path);
    if (fileId === undefined) throw new Error(`segment: ${file.path} is not in the catalogue`);
    splitArticles(file.text).forEach((articleText, index) => {
      documents.push(buildDocument(index === 0 ? fileId : `${fileId}~${index + 1}`, file, index, articleText));
    });
  }
  return { ...state, documents };
};

export function splitArticles(text: string): string[] {
  const pieces: string[] = [];
  let last = 0;
  // The current piece's text is measured as the scan passes, and only the line after a break is read:
  // trimming the growing piece and splitting the rest of the file at every break was quadratic (20,000
  // short paragraphs took seconds).
  let scanned = 0;
  let contentStart = -1;
  let contentEnd = -1;
  const headlineAt = headlineFinder(text);
  for (const match of text.matchAll(ARTICLE_BREAK)) {
    for (; scanned < match.index; scanned++) {
      if (/\s/.test(text[scanned])) continue;
      if (contentStart < 0) contentStart = scanned;
      contentEnd = scanned + 1;
    }
    const next = match.index + match[0].length;
    if (contentStart >= 0 && contentEnd - contentStart >= MIN_ARTICLE_CHARS && headlineAt(next)) {
      pieces.push(text.slice(last, match.index));
      last = next;
      contentStart = -1;
    }
  }
  const rest = text.slice(last);
  if (rest.trim().length > 0 || pieces.length === 0) {
    if (rest.trim().length < MIN_ARTICLE_CHARS && pieces.length > 0) pieces[pieces.length - 1] += rest;
    else pieces.push(rest);
  }
  // trim(), not /^\s+|\s+$/: that pattern backtracks over every long run of spaces inside a piece.
  return pieces.map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * Whether the first non-blank line at or after `from` reads as a headline, for calls in increasing
 * order: the line found is reused while no later text has been asked about.
 */
function headlineFinder(text: string): (from: number) => boolean {
  const nonSpace = /\S/g;
  let found = -1;
  let isHeadline = false;
  return (from) => {
    if (found < from) {
      nonSpace.lastIndex = from;
      found = nonSpace.exec(text)?.index ?? text.length;
      const lineEnd = text.indexOf('\n', found);
      const firstLine = text.slice(text.lastIndexOf('\n', found) + 1, lineEnd < 0 ? text.length : lineEnd).trim();
      isHeadline = firstLine.length > 0 && firstLine.length < 200 && !/[.!?]["”’]?$/.test(firstLine);
    }
    return isHeadline;
  };
}

function buildDocument(id: string, file: IngestedFile, articleIndex: number, text: string): Article {
  const blocks = classifyBlocks(text, articleIndex === 0);
  const firstHeadline = blocks.find((b) => b.kind === 'headline');
  return {
    id,
    path: file.path,
    articleIndex,
    title: (articleIndex === 0 ? file.meta.title : null) ?? (firstHeadline ? text.slice(firstHeadline.start, firstHeadline.end) : null),
    outlet: file.meta.outlet,
    url: articleIndex === 0 ? file.meta.url : null,
    date: file.meta.date,
    dateSource: file.meta.dateSource,
    referenceDate: null,
    referenceDateSource: null,
    duplicateOf: null,
    text,
    blocks,
  };
}

/** One block per non-empty line, classified; a leading `date YYYY-MM-DD` becomes a metadata block of its own. */
export function classifyBlocks(text: string, mayHaveDateLine: boolean): Block[] {
  const blocks: Block[] = [];
  // A line repeats an earlier one that it equals or (when that one is over 40 characters) starts with.
  // Looked up rather than compared with every earlier line, which was quadratic (20,000 lines took 40 s):
  // the lengths of the earlier long lines are kept by their first 41 characters.
  const seen = new Set<string>();
  const longLengthsByHead = new Map<string, Set<number>>();
  const repeatsEarlier = (normalized: string, head: string) => {
    if (seen.has(normalized)) return true;
    for (const length of longLengthsByHead.get(head) ?? []) if (length < normalized.length && seen.has(normalized.slice(0, length))) return true;
    return false;
  };
  const labelLength = turnLabelReader(text);
  // Inside a list of those at a meeting ("Attending the meeting were:"): its items are body text, its headings stay headlines.
  let inAttendeeList = false;
  let offset = 0;
  let lineIndex = 0;
  for (const line of text.split('\n')) {
    let start = offset;
    const end = offset + line.length;
    offset = end + 1;
    if (!line.trim()) continue;
    if (lineIndex === 0 && mayHaveDateLine) {
      const dateLine = line.match(DATE_LINE);
      if (dateLine) {
        const leading = dateLine[0].length - dateLine[0].trimStart().length;
        blocks.push({ start: start + leading, end: start + dateLine[0].trimEnd().length, kind: 'metadata', repeated: false, filePhoto: false });
        start += dateLine[0].length;
        if (start >= end) continue;
      }
    }
    while (start < end && /\s/.test(text[start])) start++;
    // "A: Yesterday, X held talks with Y": a transcript's turn label is page furniture, not the sentence's first word.
    start += labelLength(text.slice(start, end), lineIndex === 0);
    let trimmedEnd = end;
    while (trimmedEnd > start && /\s/.test(text[trimmedEnd - 1])) trimmedEnd--;
    const content = text.slice(start, trimmedEnd);
    const normalized = (UNUSUAL_SPACE.test(content) ? content.replace(/\s+/g, ' ') : content).toLowerCase();
    const head = normalized.slice(0, 41);
    const repeated = repeatsEarlier(normalized, head);
    let kind = classifyLine(content, lineIndex, text, repeated);
    if (kind === 'headline' && (ATTENDEE_LIST_LEAD.test(content) || (inAttendeeList && LIST_ITEM.test(content)))) kind = 'body';
    else if (kind !== 'headline') inAttendeeList = false;
    if (kind === 'body' && ATTENDEE_LIST_LEAD.test(content)) inAttendeeList = true;
    blocks.push({ start, end: trimmedEnd, kind, repeated, filePhoto: kind === 'caption' && FILE_PHOTO.test(content) });
    seen.add(normalized);
    if (normalized.length > 40) longLengthsByHead.set(head, (longLengthsByHead.get(head) ?? new Set()).add(normalized.length));
    lineIndex++;
  }
  return blocks;
}

/**
 * The length of the turn label that opens a line: "Q:" and "A:" anywhere, and a speaker's name
 * ("Peskov: …") only in a transcript, a document with a Q/A turn or with one name opening two
 * paragraphs, so that "Tuesday: …" or "Editor: …" in an ordinary article keeps its words. A first
 * line's name is a headline's ("Peskov: No talks planned"), which names who said it.
 */
function turnLabelReader(text: string): (line: string, isFirstLine: boolean) => number {
  const speakerLabel = (line: string) => {
    const match = SPEAKER_LABEL.exec(line);
    return match && !NOT_SPEAKER_LABELS.has(match[1].toLowerCase()) ? match : null;
  };
  // Read only once a line opens with a name's label: most documents have none.
  const isTranscript = once(() => {
    const lines = text.split('\n').map((line) => line.trim());
    const labels = lines.map((line) => speakerLabel(line)?.[1]).filter((label) => label !== undefined);
    return lines.some((line) => TURN_LABEL.test(line)) || labels.some((label, i) => labels.indexOf(label) !== i);
  });
  return (line, isFirstLine) => {
    const turn = TURN_LABEL.exec(line);
    if (turn) return turn[0].length;
    const label = isFirstLine ? null : speakerLabel(line);
    return label && isTranscript() ? label[0].length : 0;
  };
}

/** Whether any line of `text` opens with a transcript's turn label ("Q:", "A:"). */
export function opensTurn(text: string): boolean {
  return TURN_LINE.test(text);
}

/**
 * The question label ("Q:", "Question:") or answer label ("A:", "Answer:") that opens the line holding `offset`,
 * as document offsets, or null.
 */
export function turnLabelAt(text: string, offset: number): { start: number; end: number; turn: 'question' | 'answer' } | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, offset + 1);
  const label = TURN_LABEL.exec(line.trimStart());
  if (!label) return null;
  const start = lineStart + line.length - line.trimStart().length;
  return { start, end: start + label[0].trimEnd().length, turn: label[0].startsWith('A') ? 'answer' : 'question' };
}

function classifyLine(content: string, lineIndex: number, text: string, repeated: boolean): BlockKind {
  if (BOILERPLATE.some((p) => p.test(content))) return 'boilerplate';
  if (CAPTION_STARTS.some((p) => p.test(content)) || CAPTION_MARKS.some((p) => p.test(content))) return 'caption';
  // "X used the occasion to:" and the items after it ("- Call on Y to…;") are sentences of a list, not headlines;
  // so is an interview's introduction that ends "… about the talks. Excerpts:".
  // A quote closing the sentence may be in single straight quotes too: "… must be 'voluntary and safe.'"; or close a quote within a quote: ".'\"".
  const endsSentence = /[.!?]["”’')]{0,2}$/.test(content) || listLead().test(content) || (LIST_ITEM.test(content) && LIST_GOES_ON.test(content)) || LEAD_ENDING_IN_COLON.test(content) || WIRE_SIGN_OFF.test(content);
  if (!endsSentence && content.length < 200) return 'headline';
  if (repeated || occurrences(text, content) > 1) return lineIndex === 0 && !endsSentence ? 'headline' : 'caption';
  return 'body';
}

/** "- Call on Y to…;", "(ii) Hon. X, Minister of Trade;", "(v) …; and": how an item (layout.json listItem) of a list that goes on ends. */
const LIST_GOES_ON = /;(?:\s+(?:and|or))?$/;

function occurrences(text: string, line: string): number {
  let count = 0;
  for (let at = text.indexOf(line); at >= 0 && count < 2; at = text.indexOf(line, at + line.length)) count++;
  return count;
}
