/**
 * Publication dates read from the text when front matter and manifests gave none (a leading
 * `date YYYY-MM-DD` line, a dateline, a byline, a line of place and day, a line that is only a
 * day, a header line with a day and month whose year only the copyright footer gives), and the
 * reference date that relative expressions are read against: the publication date,
 * else the first dated caption that is not a file photo (such a caption shows the article's own
 * event).
 */
import type { DateSource } from '../../schema';
import publicationLines from '../model/publication-lines.json';
import { agencyDigitOrders, type DigitOrder } from '../model';
import { phrasePattern } from '../text/clauses';
import { AGENCY_AFTER_DAY, closingCredit, CREDIT_DASH, datelineCredit } from '../text/credits';
import { addDays, calendarDate, DATE_FIRST_DATELINE, DATELINE_PLACE as PLACE, DATELINE_PLACES, DOTTED_DAY, findDates, isHeaderDateLine, ROMANCE_WRITTEN_DAY, romanceWrittenDay, SLASHED_DAY, WRITTEN_DAY as DAY } from '../text/dates';
import type { Article, Stage } from '../types';

/** The place or outlet, a dash, then the full day as a sentence of its own before the story's first: "CITY.- May 4, 2025. The …", "OUTLET - May 4, 2025. The …". */
const PLACE_DASH_DAY = String.raw`${PLACE}\s*\.?${CREDIT_DASH}\s*${DAY}\.(?:\s+(?=\p{Lu})|\s*$)`;

/** An agency's name set off by slashes, perhaps of two words and quoted: "/AGENCY/", "/NIAT "Khovar"/". */
const SLASHED_CREDIT = String.raw`\s*/\p{Lu}[\p{L}.&"“”«» ]{1,25}/`;
/**
 * "CITY, May 4, 2025 (Agency) -", "CITY, May 4, 2025, SPA --", and the agency's name set off by
 * slashes or ending a sentence: "CITY, May 14, 2026 /AGENCY/.", "CITY, FEBRUARY 11, 2026, AGENCY.", the day in digits with dots, day first ("CITY, 21.11.2026 /AGENCY/."), or with slashes ("CITY, 18/11/2026.- (AGENCY)", read as `dayOf` reads them), or the day first: "May 4, 2025 (CITY) –"; the country after the place ("CITY, Country, 4 May 2025 (Outlet) -"); the place or outlet, a dash and the day as a sentence of its own ("CITY.- May 4, 2025. The …").
 */
const DATELINE = new RegExp(String.raw`^(?:${PLACE_DASH_DAY}|${DATELINE_PLACES},?\s+(?:${DAY}(?:\s*\(|(?:\s*|${AGENCY_AFTER_DAY})${CREDIT_DASH}|${SLASHED_CREDIT}|,\s*\p{Lu}{2}[\p{Lu}&]{0,15}\.\s|\.\s+(?=\p{Lu}))|(?:${DOTTED_DAY}|${SLASHED_DAY})(?:\s*\(|\.?\s*${CREDIT_DASH}|${SLASHED_CREDIT}))|${DATE_FIRST_DATELINE}${CREDIT_DASH})`, 'u');
/** "Published: …", "By X | …", and the same after an outlet's name ("Xinhua | Updated: 2025-02-28 08:15"). */
const BYLINE = /^(?:[\p{L} .]{1,30}\|\s*)?(?:(?:last\s+)?(?:published|updated?|posted)|dated?\b|by\b[^|\n]{0,60}[|,—–-])\s*:?\s*(?:on\s+)?/iu;
/** "Burak Bir |13.01.2025 - Update : 13.01.2025", "Outlet.ge | 21/10/2026": a byline's or outlet's name, a bar, then the day in digits. */
const NAME_BAR_DAY = /^[\p{L} .]{1,30}\|\s*\d{1,2}([./])\d{1,2}\1\d{4}\b/u;
/** A day in digits: "2025-05-11", or day first with dots, as in Turkish and European copy: "16.05.2025". */
const NUMERIC_DAY = String.raw`(?:\d{4}-\d{2}-\d{2}|${DOTTED_DAY})`;
/** Header words as written: lower case, capitalised or in capitals (a place's pattern is case-sensitive). */
const anyCase = (words: string[]) => phrasePattern(words.flatMap((word) => [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()]));
const HEADER_WEEKDAY = anyCase(publicationLines.headerWeekdays);
/**
 * A header's day written out, in English or in Spanish, Portuguese or French ("21 de noviembre de 2026"), a weekday
 * before it or not ("quinta-feira, 19 de novembro de 2026"), and the French article before them or not ("le jeudi 19
 * novembre 2026"); no other word: "Since 12 March 2026" is another event's day.
 */
const WRITTEN_HEADER_DAY = String.raw`(?:(?:${anyCase(publicationLines.headerDayArticles)})\s+)?(?:(?:${HEADER_WEEKDAY})\.?,?\s+)?(?:${DAY}|${ROMANCE_WRITTEN_DAY})`;
/** The full day in a header part: written out (`WRITTEN_HEADER_DAY`), or in digits ("20.11.2026", "18/11/2026", read as `dayOf` reads them). */
const PART_DAY = String.raw`(?:${WRITTEN_HEADER_DAY}|${NUMERIC_DAY}|${SLASHED_DAY})`;
/**
 * A line of its own naming the place and the day: "Nairobi, Kenya — Tuesday, March 4, 2025", "COLOMBO, May 28, 2025", "RIYADH: 2025-05-11", "ISTANBUL (AA) - 16.05.2025",
 * the weekday without its comma too: "Kaniva News, Nuku'alofa, Thursday 19 November 2026"; in French or Spanish: "Dakar, le jeudi 19 novembre 2026", "Quito, jueves 19 de noviembre de 2026".
 */
const PLACE_AND_DATE_LINE = new RegExp(String.raw`^${PLACE}(?:,\s*${PLACE})?\s*(?:\([\p{L} ]{1,20}\)\s*)?[—–|:,●•·-]\s*(?:(?:\p{L}+(?:,\s*|\s+))?(?:${DAY}|${NUMERIC_DAY})|${WRITTEN_HEADER_DAY})\s*$`, 'u');
/**
 * A daily's masthead line: its issue's number, the digits perhaps grouped by thousands, then the day, after the outlet's
 * name or motto or not: "Daily of information — N° 11 482 of Wednesday 11 November 2026", "No. 3120, Friday 13 November 2026".
 */
const ISSUE_AND_DATE_LINE = new RegExp(String.raw`^(?:[\p{L}'’ .]{1,60}?\s*[—–|:-]\s*)?(?:N[°ºo]\.?|No\.|Issue)\s*(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)\s*(?:of\s+|,\s*|[—–|-]\s*)(${WRITTEN_HEADER_DAY})\s*$`, 'u');
/** The same the other way round: "February 27, 2025, Brussels". */
const DATE_AND_PLACE_LINE = new RegExp(String.raw`^(?:\p{L}+,\s*)?${DAY}\s*[—–|,-]\s*${PLACE}$`, 'u');
/** A line that is only a day, perhaps with a time: "2 June 2025", "Monday, June 2, 2025", "Le jeudi 19 novembre 2026", "Saturday, March 1st 2025 - 09:12 UTC", "9:12 am on 20 August 2025", "2025-06-02"; the zone perhaps with its offset: "Nov. 4, 2026 | 10:32 GMT+4", "08:15 UTC-05:00". */
const TIME = String.raw`\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?))?(?:\s*(?:UTC|GMT|[A-Z]{2,4})(?:\s?[+−-]\d{1,2}(?::?\d{2})?)?)?`;
const DAY_WITH_TIME = String.raw`(?:${TIME}\s+(?:on\s+)?)?(?:(?:\p{L}+,?\s+)?${DAY}|${NUMERIC_DAY})(?:\s*[-—–|,]?\s*${TIME})?`;
const DATE_ONLY_LINE = new RegExp(String.raw`^\s*(?:${DAY_WITH_TIME}|${WRITTEN_HEADER_DAY})\s*$`, 'u');
/** The same after an outlet's name: "Ahram Online , Tuesday 12 Nov 2024", "Philippine Daily Inquirer / 05:20 AM November 12, 2024". */
const OUTLET_AND_DATE_LINE = new RegExp(String.raw`^[\p{L} .]{1,40}?\s*[|,/]\s*${DAY_WITH_TIME}\s*$`, 'u');

/**
 * A page's footer: the day and the outlet's name with a bar between, either way round ("Tuesday, 14
 * April 2026 | The Namibian"). Only the bar: a last caption may end on its picture's day ("X and Y
 * in Lima, June 2, 2025").
 */
const FOOTER_LINE = new RegExp(String.raw`^(?:(?:\p{L}+,\s*)?${DAY}\s*\|\s*${PLACE}|[\p{L} .]{1,40}?\s*\|\s*${DAY_WITH_TIME})\s*$`, 'u');

/**
 * The last line naming who filed the story, or where, then the day, a comma between: "Bulawayo Bureau,
 * 19 November 2026", "NHK World, Nov. 20, 2026". Only capitalised words before the comma: a last
 * caption's "X and Y in Lima, June 2, 2025" is its picture's day.
 */
const FOOT_CREDIT_LINE = new RegExp(String.raw`^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4},\s*${DAY_WITH_TIME}\s*$`, 'u');

/** A header line that ends on a "Date:" label and the full day, after a reference number or not: "Ref: MFA/PR/087      Date: 12th November 2026". */
const LABELLED_DAY_LINE = new RegExp(String.raw`(?:^|\s)Date\s*:\s*(${PART_DAY})\s*$`, 'u');

/** How long a header line of parts set off by bars may be ("Outlet | Place, day | Ministry communiqué, reproduced in full"). */
const PIPED_LINE_CHARS = 160;
/** A header part that is the place and the full day: "Port-Louis, Thursday 19 November 2026", "Tbilisi, 20.11.2026". */
const PLACE_AND_DAY_PART = new RegExp(String.raw`^${PLACE}(?:,\s*${PLACE})?,\s*${PART_DAY}$`, 'u');
/**
 * A header part that is only the full day, perhaps after a publication label, perhaps with the time it was filed at, a full stop
 * after it or not: "Friday, 20 November 2026", "Published: 21 Nov 2026", "18 de noviembre de 2026 - 13:05", "11.11.2026.".
 */
const DAY_PART = new RegExp(String.raw`^(?:(?:${phrasePattern([...publicationLines.footerPublishedLabels, ...publicationLines.footerUpdatedLabels])})\s*:?\s*(?:on\s+)?)?${PART_DAY}(?:\s*[-—–,]\s*${TIME})?\.?$`, 'iu');
/** A number that is a word of its own, as a day's are: not the digits of a name ("bdnews24.com", "1TV"). */
const NUMBER_WORD = /(?<![\p{L}\d])\d+(?![\p{L}\d])/u;
/**
 * A header part that is the time of day, perhaps after an updated label ("19h52", "08:15 GMT", "Actualizado 20:14 hs"), the issue's
 * number ("N° 4921", "No. 312") or how long the article takes to read ("Reading time: 5 minutes", "4 min read"): no other day.
 */
const TIME_OR_ISSUE_PART = new RegExp(String.raw`^(?:(?:(?:${phrasePattern(publicationLines.footerUpdatedLabels)})\s*:?\s*)?\d{1,2}[:h]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}))?|(?:N[°ºo]\.?|No\.|Issue)\s*\d+|(?:reading\s+time\s*:?\s*)?\d{1,3}\s*min(?:ute)?s?(?:\s+read)?)$`, 'iu');
/** What sets off the parts of a header line: a bar, or a middle dot between spaces ("16 Nov, 2026 · Updated 20:14"). */
const HEADER_PART_BREAK = /\||\s·\s/;
/** A part with no lower-case letter: an outlet's masthead ("LETA", "BALTIC NEWS BULLETIN"), which a title is not. */
const MASTHEAD_PART = /^[^\p{Ll}]+$/u;

/**
 * "L'Express | Port-Louis, Thursday 19 November 2026 | Ministry communiqué, reproduced in full": a header line
 * of parts set off by bars, one the place and the full day or the day alone, no other holding a number (another
 * day is no part of such a line) but the time or the issue's number ("Friday 13 November 2026 | N° 4921").
 * The outlet's name, digits in it or not ("bdnews24.com"), or a label may stand in the other parts. The first
 * line is the title unless a time or issue part shows it is the header ("Politics | 11 November 2026 | 19h52").
 */
function pipedHeaderDay(line: string, document: Article, firstLine: boolean): { date: string; source: DateSource } | null {
  const parts = line.split(HEADER_PART_BREAK).map((part) => part.trim());
  if (parts.length < 2) return null;
  const stamps = parts.filter((part) => TIME_OR_ISSUE_PART.test(part));
  const dated = parts.filter((part) => NUMBER_WORD.test(part) && !stamps.includes(part));
  if (dated.length !== 1) return null;
  // "LETA | BALTIC NEWS BULLETIN | 11.11.2026.": a masthead in capitals beside the day is no title either.
  // "EL PAÍS | International | Sunday, November 15, 2026": nor is a line that opens on the masthead and ends on the day.
  const mastheadToDay = MASTHEAD_PART.test(parts[0]) && parts.at(-1) === dated[0];
  if (firstLine && stamps.length === 0 && !mastheadToDay && !parts.every((part) => part === dated[0] || MASTHEAD_PART.test(part))) return null;
  // The day alone first: a weekday before it ("Sunday, 20 September 2026") would pass for a place.
  const source = DAY_PART.test(dated[0]) ? 'date-line' : PLACE_AND_DAY_PART.test(dated[0]) ? 'dateline' : null;
  const date = source ? dayOf(dated[0], document) : null;
  return source && date ? { date, source } : null;
}

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
    const date = dateline ? dayOf(dateline[0], document) : null;
    if (date) return { date, source: 'dateline' };
  }
  for (const [i, block] of document.blocks.slice(0, 8).entries()) {
    const line = document.text.slice(block.start, block.end);
    const source = line.length > 120 ? null : BYLINE.test(line) || NAME_BAR_DAY.test(line) ? 'byline' : PLACE_AND_DATE_LINE.test(line) || DATE_AND_PLACE_LINE.test(line) ? 'dateline' : DATE_ONLY_LINE.test(line) || OUTLET_AND_DATE_LINE.test(line) ? 'date-line' : null;
    const date = source ? dayOf(line, document) : null;
    if (source && date) return { date, source };
    const labelled = line.length <= PIPED_LINE_CHARS ? LABELLED_DAY_LINE.exec(line)?.[1] : undefined;
    const labelledDate = labelled ? dayOf(labelled, document) : null;
    if (labelledDate) return { date: labelledDate, source: 'date-line' };
    const piped = line.length <= PIPED_LINE_CHARS ? pipedHeaderDay(line, document, i === 0) : null;
    if (piped) return piped;
    const issueDay = line.length <= PIPED_LINE_CHARS ? ISSUE_AND_DATE_LINE.exec(line)?.[1] : undefined;
    const issueDate = issueDay ? dayOf(issueDay, document) : null;
    if (issueDate) return { date: issueDate, source: 'date-line' };
  }
  // The title, first, is what happened; captions tell of their picture.
  for (const block of document.blocks.slice(1, 8)) {
    if (block.kind === 'caption') continue;
    const line = document.text.slice(block.start, block.end);
    const date = isHeaderDateLine(line) ? dayOf(line, document) : null;
    if (date) return { date, source: /^\s*by\b/i.test(line) ? 'byline' : 'date-line' };
  }
  // A long header (a byline of three lines, "What you need to know" and its points) may put the day alone further down.
  for (const block of document.blocks.slice(8, 14)) {
    const line = document.text.slice(block.start, block.end);
    const date = DATE_ONLY_LINE.test(line) ? dayOf(line, document) : null;
    if (date) return { date, source: 'date-line' };
  }
  // Agency copy may end with the day it was filed: "The Associated Press\nDecember 7, 2023"; a
  // page's footer with the outlet's name beside it: "Tuesday, 14 April 2026 | The Namibian"; a
  // bureau's credit: "Bulawayo Bureau, 19 November 2026".
  for (const block of document.blocks.slice(Math.max(8, document.blocks.length - 3))) {
    const line = document.text.slice(block.start, block.end);
    const credit = block.kind !== 'caption' && FOOT_CREDIT_LINE.test(line);
    const date = DATE_ONLY_LINE.test(line) || FOOTER_LINE.test(line) || credit ? dayOf(line, document) : null;
    if (date) return { date, source: 'date-line' };
  }
  const stamped = dayAndClockHeaderDay(document) ?? reportPublishedDay(document);
  if (stamped) return { date: stamped, source: 'date-line' };
  const footer = footerPublicationDay(document);
  if (footer) return { date: footer, source: 'date-line' };
  const yearlessDateline = yearlessDatelineDay(document);
  if (yearlessDateline) return yearlessDateline;
  const yearless = yearlessHeaderDay(document);
  return yearless ? { date: yearless, source: 'date-line' } : null;
}

/** A wire's day: written out in English, Spanish, Portuguese or French, or in digits with dots, spaced or not ("12. 11. 2026"). */
const STAMP_DAY = String.raw`(?:${DAY}|${ROMANCE_WRITTEN_DAY}|\d{1,2}\.\s?\d{1,2}\.\s?\d{4})`;
/** "12. 11. 2026": a day in digits with spaced dots, closed up for `dayOf`. */
const SPACED_DOTTED_DAY = /\b(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})\b/;
/** A clock time as a wire's stamp writes it: "14.37", "13:45h", "01:00", "9:12 am". */
const STAMP_CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:h\b|\s*[AaPp]\.?[Mm]\.?)?`;
/** A clock time anywhere in a line: the cheap test before `DAY_AND_CLOCK_LINE`. */
const CLOCK_CUE = /\d[:.]\d\d/;
/**
 * A line that is only a day and the clock time it was filed at, a weekday before it or not, a section after a bar or not:
 * "Thursday, 12. 11. 2026, 14.37", "16 nov. 2026 13:45h", "14 de noviembre de 2026 - 00:05 | Política".
 */
const DAY_AND_CLOCK_LINE = new RegExp(String.raw`^(?:(?:${HEADER_WEEKDAY}),?\s+)?${STAMP_DAY},?\s*(?:[-–—]\s*)?${STAMP_CLOCK}(?:\s*\|\s*\p{L}[\p{L} ]{0,30})?\s*$`, 'u');
/** How long a stamp line of day and clock time may be. */
const STAMP_LINE_CHARS = 80;

/** The day of one of the first lines, not a caption, that is a wire's stamp of day and clock time (`DAY_AND_CLOCK_LINE`), or null. */
function dayAndClockHeaderDay(document: Article): string | null {
  for (const block of document.blocks.slice(0, 8)) {
    if (block.kind === 'caption' || block.end - block.start > STAMP_LINE_CHARS) continue;
    const line = document.text.slice(block.start, block.end);
    const date = CLOCK_CUE.test(line) && DAY_AND_CLOCK_LINE.test(line) ? dayOf(line.replace(SPACED_DOTTED_DAY, '$1.$2.$3'), document) : null;
    if (date) return date;
  }
  return null;
}

/** "This report by The Canadian Press was first published Nov. 19, 2026.", "This article was published on 4 May 2026.": an agency's closing line. */
const REPORT_PUBLISHED_LINE = new RegExp(String.raw`^This\s+\p{Ll}+\s+(?:by\s+[^\n]{1,60}?\s+)?was\s+(?:${phrasePattern(publicationLines.footerPublishedLabels)})\s+(?:on\s+)?${DAY}\.?\s*$`, 'u');

/** The day of the closing line that says when the report was first published (`REPORT_PUBLISHED_LINE`), among the article's last lines, or null. */
function reportPublishedDay(document: Article): string | null {
  for (const block of document.blocks.slice(-PUBLICATION_FOOT_LINES)) {
    const line = document.text.slice(block.start, block.end);
    const date = line.startsWith('This ') && REPORT_PUBLISHED_LINE.test(line) ? dayOf(line, document) : null;
    if (date) return date;
  }
  return null;
}

/** "Published: 18:21 05 October 2026", "Posted Sat 21 Nov 2026 at 7:40pm", "Posted: Nov 21, 2026 4:00 AM EST | Last Updated: 2 hours ago", a dash before it or not ("— Published: …"). */
const footerLine = (labels: string[]) =>
  new RegExp(String.raw`^(?:[—–-]\s*)?(?:${phrasePattern(labels)})\s*:?\s*(?:on\s+)?${DAY_WITH_TIME}(?:\s+at\s+${TIME})?(?:\s*\|\s*(?:${phrasePattern(publicationLines.footerUpdatedLabels)})\b[^|]*)?\s*$`, 'iu');
const PUBLISHED_FOOTER_LINE = footerLine(publicationLines.footerPublishedLabels);
const UPDATED_FOOTER_LINE = footerLine(publicationLines.footerUpdatedLabels);
/** How many of an article's last lines may hold its publication line. */
const PUBLICATION_FOOT_LINES = 4;

/**
 * The day of a publication line at the article's foot, whose last lines only are read (a dated line
 * higher up is the story's): a published line's, else the one updated line's when the foot has no
 * published line (see footerUpdatedLabels); null when updated lines give two days.
 */
function footerPublicationDay(document: Article): string | null {
  const lines = document.blocks.slice(-PUBLICATION_FOOT_LINES).map((block) => document.text.slice(block.start, block.end));
  const daysOf = (pattern: RegExp) => [...new Set(lines.filter((line) => pattern.test(line)).map((line) => dayOf(line, document)).filter((day): day is string => !!day))];
  const published = daysOf(PUBLISHED_FOOTER_LINE);
  if (published.length > 0) return published[0];
  const updated = daysOf(UPDATED_FOOTER_LINE);
  return updated.length === 1 ? updated[0] : null;
}

/**
 * A wire dateline's month and day with no year, an agency's credit after it or not: "SEOUL, Nov. 18 (Yonhap) --", "MUSCAT, OCT 5",
 * "Taipei, Nov. 18 (CNA) President …" (the credit then the story, no dash), "Lima, Nov. 18 (EFE).-", "Doha, Nov. 18 (QNA):",
 * the agency's name set off by slashes: "Vilnius, 18 November /AGENCY/.".
 */
const YEARLESS_WIRE_DATELINE = new RegExp(String.raw`^${PLACE},\s+(\p{L}{3,9}\.? \d{1,2}|\d{1,2} \p{L}{3,9})(?=\s*(?:\([^()]{1,30}\)\s*(?:\.?--|\.?[-—–]|:|$|(?=\p{Lu}))|--|[-—–]|$)|${SLASHED_CREDIT}\.)`, 'u');

/** How many days after a caption's photo a dateline may still be filed for that photo's event. */
const CAPTION_TO_DATELINE_DAYS = 7;

/**
 * "SEOUL, Nov. 18 (Yonhap) --" with the year only in a photo caption ("… in Seoul on Nov. 17, 2026") or
 * in the article's foot ("(c) EFE 2026.", "BNA 1604 GMT 2026-11-16"). The year is taken only when it is
 * certain: a caption that is not a file photo shows the story's own event, so its full day is the
 * dateline's or falls at most a week before it; the foot states one year and its stamps agree with the
 * dateline's day; and caption and foot put the dateline's month and day in one year. A caption days
 * after the dateline, a file photo, a stamp days from it, or a full date in the body (an anniversary's
 * "signed on Nov. 18, 2021") gives no year.
 */
function yearlessDatelineDay(document: Article): { date: string; source: DateSource } | null {
  const firstLines = document.blocks.slice(0, 4).filter((b) => b.kind !== 'caption');
  const dateline = firstLines.map((b) => document.text.slice(b.start, b.end).match(YEARLESS_WIRE_DATELINE)).find(Boolean);
  if (!dateline) return null;
  const readings = new Set<string>();
  for (const captionDay of captionDays(document)) {
    const year = Number(captionDay.slice(0, 4));
    for (const candidate of [year, year + 1]) {
      const reading = dayInYear(dateline[1], candidate);
      if (reading && reading >= captionDay && reading <= addDays(captionDay, CAPTION_TO_DATELINE_DAYS)) readings.add(reading);
    }
  }
  const foot = footYear(document);
  const fromFoot = foot ? dayInYear(dateline[1], foot.year) : null;
  if (foot && !(fromFoot && agreesWithStamps(fromFoot, foot))) return null;
  if (fromFoot) readings.add(fromFoot);
  if (readings.size !== 1) return null;
  return { date: [...readings][0], source: fromFoot ? 'dateline-footer-year' : 'dateline' };
}

/** The full days, stated with their year, of the captions that are no file photos: days of the story's own event. */
function captionDays(document: Article): string[] {
  return document.blocks
    .filter((b) => b.kind === 'caption' && !b.filePhoto)
    .flatMap((b) => findDates(document.text.slice(b.start, b.end), null).filter((d) => d.precision === 'day' && !d.relative && d.date))
    .map((d) => d.date!);
}

/** A month and day ("Nov. 18", "18 November") in the given year, or null. */
function dayInYear(monthAndDay: string, year: number): string | null {
  return findDates(`${monthAndDay}, ${year}`, null).find((d) => d.precision === 'day' && !d.relative)?.date ?? null;
}

const COPYRIGHT_LINE = new RegExp(publicationLines.copyrightLine, 'u');
const TRANSMISSION_STAMPS = publicationLines.transmissionStamps.map((pattern) => new RegExp(pattern, 'u'));
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;
/** How many of an article's last lines are its foot, read for a copyright line or a transmission stamp that is not boilerplate. */
const FOOT_LINES = 3;
/** How many days a transmission stamp in GMT may fall from the local day of the dateline it closes. */
const STAMP_TO_DATELINE_DAYS = 1;

type FootYear = { year: number; stampDays: string[] };

/**
 * The one year an article's copyright lines and transmission stamps state ("Copyright © africanews 2026",
 * "(c) EFE 2026.", "BNA 1604 GMT 2026-11-16"), with the stamps' days; null when they state none, or
 * more than one ("© 2010-2025", a stamp of another year than the copyright).
 */
function footYear(document: Article): FootYear | null {
  const years = new Set<string>();
  const stampDays: string[] = [];
  document.blocks.forEach((block, i) => {
    const line = document.text.slice(block.start, block.end);
    const atFoot = i >= document.blocks.length - FOOT_LINES;
    if ((block.kind === 'boilerplate' || atFoot) && COPYRIGHT_LINE.test(line)) for (const year of line.match(YEAR) ?? []) years.add(year);
    const stampDay = atFoot ? TRANSMISSION_STAMPS.map((stamp) => line.match(stamp)?.groups?.day).find(Boolean) : undefined;
    if (stampDay) {
      years.add(stampDay.slice(0, 4));
      stampDays.push(stampDay);
    }
  });
  return years.size === 1 ? { year: Number([...years][0]), stampDays } : null;
}

/** Whether every transmission stamp of the foot falls within a day of `day` (a stamp of another day is no stamp of this story). */
function agreesWithStamps(day: string, foot: FootYear): boolean {
  return foot.stampDays.every((stamp) => stamp >= addDays(day, -STAMP_TO_DATELINE_DAYS) && stamp <= addDays(day, STAMP_TO_DATELINE_DAYS));
}

/** A day and month in digits with no year: "19/08 - 16:05", "19.08, 16:05" (a colon is a time). */
const NUMERIC_DAY_NO_YEAR = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})(?![\d/.])/;
/** A day and a written month with no year, either way round: "19 Aug, 16:05", "Aug 19"; chrono tells a month from another word. */
const WRITTEN_DAYS_NO_YEAR = [/(?<!\d)\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?/gu, /(?<!\p{L})\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)/gu];

/**
 * "Last updated: 19/08 - 16:05" over a page that ends "Copyright © africanews 2026": the header gives
 * the day and month, and the foot the only year the page states (`footYear`). Read only when the foot
 * names that one year and its stamps agree with the day, and a numeric day and month only when a part
 * over 12 says which is which; otherwise the article stays undated rather than given a guessed year.
 */
function yearlessHeaderDay(document: Article): string | null {
  const foot = footYear(document);
  if (!foot) return null;
  const date = headerDayInYear(document, foot.year);
  return date && agreesWithStamps(date, foot) ? date : null;
}

/** The day and month of one of the first header lines that states no year ("19/08 - 16:05", "Aug 19"), in `year`, or null. */
function headerDayInYear(document: Article, year: number): string | null {
  for (const block of document.blocks.slice(0, 8)) {
    const line = document.text.slice(block.start, block.end);
    if (block.kind === 'caption' || line.length > 120 || line.match(YEAR) || !(BYLINE.test(line) || isHeaderDateLine(line))) continue;
    const numeric = line.match(NUMERIC_DAY_NO_YEAR);
    if (numeric) {
      const [first, second] = [Number(numeric[1]), Number(numeric[2])];
      if (first > 12) return calendarDate(year, second, first);
      if (second > 12) return calendarDate(year, first, second);
      return null;
    }
    for (const pattern of WRITTEN_DAYS_NO_YEAR) {
      for (const written of line.matchAll(pattern)) {
        const date = dayOf(`${written[0]} ${year}`, document);
        if (date) return date;
      }
    }
  }
  return null;
}

/**
 * The first full day a line names, or null. The article's weekdays, or its outlet's house style,
 * may settle a day and month in digits that could be read either way.
 */
function dayOf(line: string, document: Article): string | null {
  // chrono reads digits with dots month first; a dotted day in a date line is day first.
  const dotted = line.match(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/);
  if (dotted) return calendarDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  // "11/01/2025" or "11-01-2025" is 11 January in most of the world and November 1 in the US: read
  // only when a part over 12 settles it, or the dateline, the weekdays or the outlet's house style does.
  const numeric = line.match(/\b(\d{1,2})([/-])(\d{1,2})\2(\d{4})\b/);
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
    if (first > 12) return calendarDate(year, second, first);
    if (second > 12) return calendarDate(year, first, second);
    if (first === second) return calendarDate(year, first, second);
    const [dayFirst, monthFirst] = [calendarDate(year, second, first)!, calendarDate(year, first, second)!];
    const named = namedWeekdays(document.text);
    const settled = onlyReadingTheDatelineAllows([dayFirst, monthFirst], document.text) ?? onlyReadingTheWeekdaysAllow([dayFirst, monthFirst], named) ?? onlyReadingACaptionAllows([dayFirst, monthFirst], document);
    if (settled) return settled;
    const order = digitOrderOf(document);
    const housed = order === 'day-first' ? dayFirst : order === 'month-first' ? monthFirst : null;
    return housed && weekdaysAllow(housed, named) ? housed : null;
  }
  // "Nov - 18 - 2026": the parts of a written day spaced out by dashes; "22 November ,2026": the comma against the year.
  const written = line.replace(/\b(\p{L}{3,9}\.?)\s+[-–]\s+(\d{1,2})\s+[-–]\s+(\d{4})\b/u, '$1 $2, $3').replace(/(?<=\d \p{L}{3,9}\.?)\s+,(?=\d{4}\b)/u, ', ');
  return findDates(written, null).find((d) => d.precision === 'day')?.date ?? romanceWrittenDay(line);
}

/** A dateline's day with no year: "Lima, Aug. 5 (AGENCY).", "Quito, 5 August (AGENCY) -". */
const YEARLESS_DATELINE = new RegExp(String.raw`^${PLACE},?\s+(\p{L}+\.? \d{1,2}|\d{1,2} \p{L}+)\s*\([^()]{1,30}\)`, 'mu');

/**
 * "Lima, Aug. 5 (AGENCY)." over a later "Published: 8/5/2026": of the two readings, the one whose
 * month and day the article's first dateline gives. Null when there is no such dateline or it
 * agrees with neither reading (or, a day and month alike, with both).
 */
function onlyReadingTheDatelineAllows(readings: string[], text: string): string | null {
  const dateline = text.match(YEARLESS_DATELINE);
  if (!dateline) return null;
  const fitting = readings.filter((reading) => findDates(`${dateline[1]} ${reading.slice(0, 4)}`, null).some((d) => d.precision === 'day' && d.date === reading));
  return fitting.length === 1 ? fitting[0] : null;
}

/**
 * "Published on 10/11/2026" over a photo captioned "… arrives at the mission in Geneva on November 10, 2026": of the two readings,
 * the one on whose day, or up to a week after it, a caption that is no file photo shows the story's event. Null when no
 * such caption writes its day out, or both readings or neither fit.
 */
function onlyReadingACaptionAllows(readings: string[], document: Article): string | null {
  const days = captionDays(document);
  const fitting = readings.filter((reading) => days.some((day) => reading >= day && reading <= addDays(day, CAPTION_TO_DATELINE_DAYS)));
  return fitting.length === 1 ? fitting[0] : null;
}

const WEEKDAYS = publicationLines.weekdays;
/** A weekday with its day of the month: "this Thursday (5)", "On Wednesday (4)", "on Friday the 6th", "Thursday 5th". */
const WEEKDAY_AND_DAY = new RegExp(String.raw`\b(${WEEKDAYS.join('|')})\s*(?:\((\d{1,2})\)|,?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b)`, 'giu');
/** How far from the publication day a weekday the article names with its day may fall: the week before or after. */
const WEEKDAY_REACH = 7;

/**
 * "Published on 05/03/2026" over "received X this Thursday (5)": of the two readings, the one that
 * has every weekday the article names with its day of the month within a week of it (5 March 2026
 * is a Thursday; the 5th near May 3 is a Tuesday). Null when the article names none, or when both
 * readings or neither fit.
 */
function onlyReadingTheWeekdaysAllow(readings: string[], named: NamedWeekday[]): string | null {
  if (named.length === 0) return null;
  const fitting = readings.filter((reading) => weekdaysAllow(reading, named));
  return fitting.length === 1 ? fitting[0] : null;
}

type NamedWeekday = { weekday: number; day: number };

function namedWeekdays(text: string): NamedWeekday[] {
  return [...text.matchAll(WEEKDAY_AND_DAY)].map((m) => ({ weekday: WEEKDAYS.indexOf(m[1].toLowerCase()), day: Number(m[2] ?? m[3]) }));
}

/** Every weekday the article names with its day of the month falls within a week of `reading` (true when it names none). */
function weekdaysAllow(reading: string, named: NamedWeekday[]): boolean {
  const days = nearbyDays(reading);
  return named.every(({ weekday, day }) => days.some((d) => d.getUTCDate() === day && d.getUTCDay() === weekday));
}

const fold = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();
const OUTLET_DIGIT_ORDERS = new Map([...agencyDigitOrders].map(([name, order]) => [fold(name), order]));

/**
 * How the article's outlet writes a day in digits, from the front matter's outlet or the agency
 * credited in the dateline or on the last line; null when the outlet is unknown or its order is not (agencies.json).
 */
function digitOrderOf(document: Article): DigitOrder | null {
  const line = (block: { start: number; end: number } | undefined) => (block ? document.text.slice(block.start, block.end) : '');
  const names = [document.outlet, datelineCredit(line(document.blocks.find((b) => b.kind === 'body'))), closingCredit(line(document.blocks.at(-1)))].filter((name): name is string => !!name).map(fold);
  const orders = new Set(names.map((name) => OUTLET_DIGIT_ORDERS.get(name)).filter((order) => order !== undefined));
  return orders.size === 1 ? [...orders][0] : null;
}

function nearbyDays(iso: string): Date[] {
  return Array.from({ length: 2 * WEEKDAY_REACH + 1 }, (_, i) => new Date(`${addDays(iso, i - WEEKDAY_REACH)}T12:00:00Z`));
}

function dateFromCaption(document: Article): string | null {
  for (const block of document.blocks) {
    if (block.kind !== 'caption' || block.filePhoto) continue;
    const exact = findDates(document.text.slice(block.start, block.end), null).find((d) => d.precision === 'day' && !d.relative);
    if (exact?.date) return exact.date;
  }
  return null;
}
