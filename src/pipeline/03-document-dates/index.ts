/**
 * Publication dates read from the text when front matter and manifests gave none (a leading
 * `date YYYY-MM-DD` line, a dateline, a byline, a line of place and day, a line that is only a
 * day), and the reference date that relative expressions are read against: the publication date,
 * else the first dated caption that is not a file photo (such a caption shows the article's own
 * event).
 */
import type { DateSource } from '../../schema';
import { findDates } from '../text/dates';
import type { Article, Stage } from '../types';

/** A place name, and a day written out ("March 4, 2025", "Mar. 4 2025", "4 March 2025", "12th March, 2025"), for the lines below. */
const PLACE = String.raw`[\p{Lu}][\p{L} .'’-]{1,40}`;
const DAY = String.raw`(?:\p{L}+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? \p{L}+,? \d{4})`;
const DATELINE = new RegExp(String.raw`^${PLACE},?\s+${DAY}\s*(?:\(|[-—–])`, 'u');
/** "Published: …", "By X | …", and the same after an outlet's name ("Xinhua | Updated: 2025-02-28 08:15"). */
const BYLINE = /^(?:[\p{L} .]{1,30}\|\s*)?(?:published|updated|posted|by\b[^|\n]{0,60}[|,—–-])\s*:?\s*(?:on\s+)?/iu;
/** A line of its own naming the place and the day: "Nairobi, Kenya — Tuesday, March 4, 2025". */
const PLACE_AND_DATE_LINE = new RegExp(String.raw`^${PLACE}(?:,\s*${PLACE})?\s*[—–|-]\s*(?:\p{L}+,\s*)?${DAY}\s*$`, 'u');
/** A line that is only a day, perhaps with a time: "2 June 2025", "Monday, June 2, 2025", "Saturday, March 1st 2025 - 09:12 UTC", "2025-06-02". */
const DATE_ONLY_LINE = new RegExp(String.raw`^\s*(?:(?:\p{L}+,?\s+)?${DAY}|\d{4}-\d{2}-\d{2})(?:\s*[-—–|,]?\s*\d{1,2}:\d{2}(?:\s*(?:UTC|GMT|[AaPp]\.?[Mm]\.?))?)?\s*$`, 'u');

export const documentDates: Stage = (state) => ({
  ...state,
  documents: state.documents.map(withDates),
});

function withDates(document: Article): Article {
  const textDate = document.date ? null : dateFromText(document);
  const date = document.date ?? textDate?.date ?? null;
  const dateSource = document.date ? document.dateSource : textDate?.source ?? null;
  const captionDate = date ? null : dateFromCaption(document);
  return {
    ...document,
    date,
    dateSource,
    referenceDate: date ?? captionDate,
    referenceDateSource: date ? dateSource : captionDate ? 'caption' : null,
  };
}

function dateFromText(document: Article): { date: string; source: DateSource } | null {
  const metadata = document.blocks.find((b) => b.kind === 'metadata');
  if (metadata) {
    const match = document.text.slice(metadata.start, metadata.end).match(/\d{4}-\d{2}-\d{2}/);
    if (match) return { date: match[0], source: 'date-line' };
  }
  const firstBody = document.blocks.find((b) => b.kind === 'body');
  if (firstBody) {
    const line = document.text.slice(firstBody.start, firstBody.end);
    const dateline = line.match(DATELINE);
    const date = dateline ? dayOf(dateline[0]) : null;
    if (date) return { date, source: 'dateline' };
  }
  for (const block of document.blocks.slice(0, 8)) {
    const line = document.text.slice(block.start, block.end);
    if (line.length > 120) continue;
    const source = BYLINE.test(line) ? 'byline' : PLACE_AND_DATE_LINE.test(line) ? 'dateline' : DATE_ONLY_LINE.test(line) ? 'date-line' : null;
    const date = source ? dayOf(line) : null;
    if (source && date) return { date, source };
  }
  // Agency copy may end with the day it was filed: "The Associated Press\nDecember 7, 2023".
  for (const block of document.blocks.slice(Math.max(8, document.blocks.length - 3))) {
    const line = document.text.slice(block.start, block.end);
    const date = DATE_ONLY_LINE.test(line) ? dayOf(line) : null;
    if (date) return { date, source: 'date-line' };
  }
  return null;
}

/** The first full day a line names, or null. */
function dayOf(line: string): string | null {
  return findDates(line, null).find((d) => d.precision === 'day')?.date ?? null;
}

function dateFromCaption(document: Article): string | null {
  for (const block of document.blocks) {
    if (block.kind !== 'caption' || block.filePhoto) continue;
    const exact = findDates(document.text.slice(block.start, block.end), null).find((d) => d.precision === 'day' && !d.relative);
    if (exact?.date) return exact.date;
  }
  return null;
}
