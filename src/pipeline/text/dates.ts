/**
 * Date expressions read with chrono-node, then held to news conventions: a bare weekday or a
 * month-day without a year means the latest such day on or before the reference date, and vague
 * spans ("last week", "this year") never become a day.
 */
import { createRequire } from 'node:module';
// English only: the package's main module also loads its 15 other locales, 13 MB more in every thread.
import * as chrono from 'chrono-node/en';
import type { DatePrecision } from '../../schema';
import dateParserCues from '../model/date-parser-cues.json';
import publicationLines from '../model/publication-lines.json';
import { AGENCY_AFTER_DAY, CREDIT_DASH } from './credits';
import { MAX_SENTENCE_CHARS, splitSentences } from './sentences';

export interface DateMention {
  text: string;
  /** Offset of the expression in the string that was parsed. */
  index: number;
  date: string | null;
  precision: DatePrecision | null;
  /** True when the reference date was needed to pin it. */
  relative: boolean;
  /** Why `date` is null, when it is. */
  unresolved: string | null;
  /** The day of the digest item's own dateline a relative mention was read against, when it is not the article's reference date. */
  itemDay?: string;
}

const VAGUE = /\b(week|weeks|weekend|this year|this month|recent|lately|earlier this|later this|past (?:few |\w+ )?(?:days?|months?|years?)|a few|few|several|some|many)\b/i;
const RELATIVE_TO_EVENT = /\b(after|before|later|earlier)\b/i;
/** "three days ago", "the day before yesterday": counted back from the reference, though their words may look relative to an event. */
const COUNTED_BACK = /\bago\b|\bday\s+before\s+yesterday\b/i;
const FUTURE = /\b(next|coming|tomorrow)\b/i;
/** "later in the day", "in the week": chrono reads "in the day" as a day from now; it is a part of the day the text tells. */
const PART_OF_A_SPAN = /^(?:in|within)\s+the\s+/i;
/** "spoke by phone for about 40 minutes": chrono reads a span of hours or minutes as that long from now; it is how long, not when. */
const SPAN_OF_TIME = /\b(?:seconds?|minutes?|mins?|hours?|hrs?)\b/i;
/** "the first visit in three years", "served for two years", "within 18 months": how long, counted back or ahead; chrono reads it as that long from now. */
const SPAN_OF_MONTHS = /^(?:in|within|for)\s.*\b(?:months?|years?)$/i;
/** "Sun Weidong", "Mon State": a weekday's abbreviation alone is a name in running text, not a day. */
const WEEKDAY_ABBREVIATION_ALONE = /^(?:on\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;
const DAY_MS = 86_400_000;

/** A place name and a day written out ("March 4, 2025", "Mar. 4 2025", "4 March 2025", "4 Mar. 2025", "12th March, 2025", "March 4/2025"), as datelines give them. */
export const DATELINE_PLACE = String.raw`[\p{Lu}][\p{L} .'’-]{1,40}`;
export const WRITTEN_DAY = String.raw`(?:\p{L}+\.? \d{1,2}(?:(?:st|nd|rd|th)?,? |/)\d{4}|\d{1,2}(?:st|nd|rd|th)? \p{L}+\.?,? \d{4})`;
/** The day first and the place in brackets after it, as the Sudan Tribune writes: "November 20, 2026 (PORT SUDAN) –". */
export const DATE_FIRST_DATELINE = String.raw`${WRITTEN_DAY}\s*\(${DATELINE_PLACE}\)\s*`;
/** A dateline's place, perhaps with its country after a comma: "Nuku'alofa, Tonga, 20 November 2026 (Matangi Tonga) -". */
export const DATELINE_PLACES = String.raw`${DATELINE_PLACE}(?:(?:,\s*|/)${DATELINE_PLACE})?`;
/** A day in digits with dots, day first as agencies in Europe and Central Asia write it: "21.11.2026". */
export const DOTTED_DAY = String.raw`\d{1,2}\.\d{1,2}\.\d{4}`;
/** A day in digits with slashes or dashes, either order ("18/11/2026", "11-18-2026"): which part is the day is settled by whoever reads it. */
export const SLASHED_DAY = String.raw`\d{1,2}(?:/\d{1,2}/|-\d{1,2}-)\d{4}`;
/** A day written out in Spanish, Portuguese or French: "21 de noviembre de 2026", "19 de novembro de 2026", "1er décembre 2026". */
export const ROMANCE_WRITTEN_DAY = String.raw`\d{1,2}(?:er)?\s+(?:de\s+)?\p{L}+\s+(?:de\s+)?\d{4}`;
/**
 * A dateline opening a paragraph, with or without the year: "NAIROBI, March 4 (Reuters) - ", "Suva, Fiji, 4 May 2026 (Outlet) - ", "COLOMBO, May 28, 2025 — ", "(ANSA) - ROME, FEB 12 - ", "Lima, Nov 4 (EFE).- ", "BISHKEK, 12.10.2026 /AGENCY/. ",
 * "Quito, 18/11/2026.- ", the credit's dash against the story's first word: "Niamey, 4 déc. 2026 (ANP)-The …".
 */
const LEADING_DATELINE = new RegExp(String.raw`^\s*(?:(?:\([^()]{1,30}\)\s*[-—–]+\s*)?${DATELINE_PLACES},?\s+(?:${WRITTEN_DAY}|\p{L}+\.? \d{1,2}|\d{1,2} \p{L}+|${DOTTED_DAY}|${SLASHED_DAY})\s*(?:\([^()]{1,30}\)\s*|${AGENCY_AFTER_DAY}|/[^/\n]{1,25}/\s*)?|${DATE_FIRST_DATELINE})(?:(?:\.?${CREDIT_DASH}+|:|(?<=/\s*)\.)\s|(?<=\))${CREDIT_DASH}(?=\p{Lu}))`, 'u');

const LABEL_WORDS = new Set(publicationLines.labelWords);

/**
 * A short line whose lower-case words are only labels: "By X in Diplomacy on 19 November 2026",
 * "Thu Nov 19, 2026 12:00 AM  Last update on: …", "KYODO NEWS - Nov 19, 2026 - 21:30 | World",
 * "BAKU, Azerbaijan, June 10.". With a day in it, it dates the article, not what the article tells.
 * A headline or a sentence has words of its own ("to hold talks on March 4").
 */
export function isHeaderDateLine(line: string): boolean {
  return line.length <= 120 && (line.match(/(?<!\p{L})\p{Ll}[\p{L}.'’]*/gu) ?? []).every((word) => LABEL_WORDS.has(word.replace(/\.$/, '')));
}

const ANY_DIGIT = /\d/;

/** The day a leading dateline gives ("NAY PYI TAW, 13 Nov -", its year the reference's when it states none), or null. */
export function leadingDatelineDay(sentence: string, reference: string | null): string | null {
  const dateline = ANY_DIGIT.test(sentence) ? LEADING_DATELINE.exec(sentence) : null;
  return dateline ? (findDates(dateline[0], reference).find((d) => d.precision === 'day')?.date ?? null) : null;
}

/** The sentence with a leading dateline blanked out (offsets kept): the day it was filed, not the day of what it tells. */
export function maskLeadingDateline(sentence: string): string {
  // Every form of the day holds a digit: most sentences have none, and the pattern backtracks
  // through the place name of every sentence that opens with a capital.
  const dateline = ANY_DIGIT.test(sentence) ? LEADING_DATELINE.exec(sentence) : null;
  return dateline ? ' '.repeat(dateline[0].length) + sentence.slice(dateline[0].length) : sentence;
}

type RomanceParser = typeof import('chrono-node/es').strict;
let loadedRomanceParsers: readonly RomanceParser[] | undefined;

/**
 * chrono's Spanish, Portuguese and French strict parsers, loaded on first need: imported with this module they took
 * about 0.4 MB of heap in every thread, for a header's day that English does not read, which most corpora never have.
 * A synchronous load can only be a `require`, so it is chrono's CommonJS build (the same version as the English one).
 */
function romanceParsers(): readonly RomanceParser[] {
  if (!loadedRomanceParsers) {
    const load = createRequire(import.meta.url);
    loadedRomanceParsers = ['chrono-node/es', 'chrono-node/pt', 'chrono-node/fr'].map((locale) => (load(locale) as typeof import('chrono-node/es')).strict);
  }
  return loadedRomanceParsers;
}

/**
 * The one full day a Spanish, Portuguese or French text names ("Quito, 21 de noviembre de 2026", "Dakar, jeudi 19 novembre
 * 2026"), or null: none, or readings that disagree. For a publication line's day only; the story's own dates are read in English.
 */
export function romanceWrittenDay(text: string): string | null {
  const days = new Set(
    romanceParsers().flatMap((parser) => parser.parse(text, ROMANCE_INSTANT))
      .filter((result) => CALENDAR_FIELDS.every((field) => result.start.isCertain(field)))
      .map((result) => calendarDate(result.start.get('year')!, result.start.get('month')!, result.start.get('day')!))
      .filter((day): day is string => !!day),
  );
  return days.size === 1 ? [...days][0] : null;
}

/** Any fixed instant: only a full day, which does not move with it, is read. */
const ROMANCE_INSTANT = new Date(Date.UTC(2000, 0, 1));

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The ISO day, or null where no such day is in the calendar (31 April). */
export function calendarDate(year: number, month: number, day: number): string | null {
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A day and month with no year: the latest such day up to two days after the reference (a report may be dated the day before what it announces). */
export function yearlessDay(month: number, day: number, reference: string): string {
  const date = iso(Number(reference.slice(0, 4)), month, day);
  return date > addDays(reference, 2) ? iso(Number(reference.slice(0, 4)) - 1, month, day) : date;
}

export function addDays(iso: string, days: number): string {
  return toIsoDate(new Date(Date.parse(`${iso}T12:00:00Z`) + days * DAY_MS));
}

/** "this morning", "this afternoon", "this evening": a part of the reference day, unlike "in the morning". */
const PART_OF_THIS_DAY = 'this (?:morning|afternoon|evening)';
const THIS_PART_OF_DAY = new RegExp(`^${PART_OF_THIS_DAY}$`, 'i');
/** chrono is costly; sentences with no digit and no calendar word cannot hold a date. */
const MAY_HOLD_DATE = new RegExp(`\\d|day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|week|month|year|ago|night|yesterday|${PART_OF_THIS_DAY}`, 'i');

/**
 * `referenceIsEventDay`: the reference is a caption's date (the day of the pictured event, not of
 * publication), so a weekday resolves only when it names that same day.
 */
export function findDates(text: string, reference: string | null, referenceIsEventDay = false): DateMention[] {
  if (text.length <= MAX_SENTENCE_CHARS) return datesInSentence(text, reference, referenceIsEventDay);
  // chrono's time grows with the square of a chain of relative expressions ("a day after a day
  // after…": 100 KB took 24 s), so a text longer than a sentence is read a sentence at a time.
  return splitSentences(text, 0, text.length).flatMap((span) =>
    datesInSentence(text.slice(span.start, span.end), reference, referenceIsEventDay).map((mention) => ({ ...mention, index: mention.index + span.start })),
  );
}

function datesInSentence(text: string, reference: string | null, referenceIsEventDay: boolean): DateMention[] {
  if (!MAY_HOLD_DATE.test(text)) return [];
  const instant = new Date(`${reference ?? '2000-01-01'}T12:00:00Z`);
  // chrono reads "the morning of 6th November 2023" with no certain day; the part of day adds nothing here.
  const plain = text.replace(/\b(?:morning|afternoon|evening|night) of\b/gi, (m) => ' '.repeat(m.length));
  const parser = parserFor(plain);
  const results = parser
    .parse(plain, { instant, timezone: 0 }, { forwardDate: false })
    .filter((result) => !partOfDayInThe(result, plain))
    .filter((result) => ((!RELATIVE_TO_EVENT.test(result.text) && !SPAN_OF_TIME.test(result.text) && !SPAN_OF_MONTHS.test(result.text)) || COUNTED_BACK.test(result.text)) && !PART_OF_A_SPAN.test(result.text) && !WEEKDAY_ABBREVIATION_ALONE.test(result.text) && !timeOfDayAlone(result));
  // A sentence with no date kept needs no second reading.
  if (results.length === 0) return [];
  const probe = new ReferenceProbe(parser, plain);
  const mentions = results.map((result) => {
    const mention = { text: text.slice(result.index, result.index + result.text.length), index: result.index, ...resolve(result, reference, referenceIsEventDay, probe, THIS_BEFORE.test(plain.slice(Math.max(0, result.index - 6), result.index))) };
    return dayFirstWithDots(withItsDayOfMonth(inWeekBefore(mention, result, reference), result, text, reference));
  });
  return mentions.length > 1 ? monthsOfLastYear(mentions, text) : mentions;
}

/** What may stand between a month and the "last year" that gives its year: "October last year", "October of last year". */
const OF_BEFORE_LAST_YEAR = /^\s+(?:of\s+)?$/i;
const LAST_YEAR = /^last\s+year$/i;

/**
 * "met in October last year": chrono reads the month (as the latest October before the reference) and "last year" apart;
 * together they are that month of the year before the reference's. One mention in place of the two.
 */
function monthsOfLastYear(mentions: DateMention[], text: string): DateMention[] {
  const merged: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const [month, year] = [mentions[i], mentions[i + 1]];
    const joined = month.precision === 'month' && month.date && year?.date && year.precision === 'year' && LAST_YEAR.test(year.text) && OF_BEFORE_LAST_YEAR.test(text.slice(month.index + month.text.length, year.index));
    if (!joined) {
      merged.push(month);
      continue;
    }
    merged.push({ ...month, text: text.slice(month.index, year.index + year.text.length), date: `${year.date!.slice(0, 4)}${month.date!.slice(4)}` });
    i++;
  }
  return merged;
}

/**
 * "at 3:10 p.m.", "her midday address": a time of day with no day, weekday, month or year, which names no day; the day
 * beside it ("On November 12, commencing at 3:10 p.m.") or the one the text has reached is the time's.
 */
function timeOfDayAlone(result: chrono.ParsedResult): boolean {
  return result.start.isCertain('hour') && !DAY_FIELDS.some((field) => result.start.isCertain(field));
}

const DAY_FIELDS = ['day', 'weekday', 'month', 'year'] as const;

/** A part of the day alone, as chrono reads it in "in the afternoon". */
const PART_OF_DAY_ALONE = /^(?:morning|afternoon|evening|night)$/i;
const IN_THE_BEFORE = /\bin\s+the\s+$/i;

/** "In the afternoon, X was received by Y": a part of the day the text has reached, which names no day of its own (chrono leaves out "in the"). */
function partOfDayInThe(result: chrono.ParsedResult, text: string): boolean {
  return PART_OF_DAY_ALONE.test(result.text) && IN_THE_BEFORE.test(text.slice(Math.max(0, result.index - 8), result.index));
}

/** A day in digits with dots, its day, month and year: "12.10.2026". */
const DOTTED_DAY_PARTS = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * "12.10.2026" is 12 October: a day written with dots is day first, as in Europe and Central Asia; chrono reads it month
 * first when the month could be either. Null when the day first is no day of the calendar.
 */
function dayFirstWithDots(mention: DateMention): DateMention {
  const dotted = DOTTED_DAY_PARTS.exec(mention.text);
  if (!dotted) return mention;
  const date = calendarDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  return date ? { ...mention, date, precision: 'day', relative: false, unresolved: null } : { ...mention, date: null, precision: null, unresolved: `"${mention.text}" is no day of the calendar, read day first` };
}

/** The day of the month after a weekday, as translated copy writes it: "Sunday the 8th", "Sunday 8th" (group 1). */
const DAY_OF_MONTH_AFTER = /^,?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b/i;
/** How far back from the reference a weekday with its day of the month may fall: about a month, as "of the present month" or the last one. */
const WEEKDAY_WITH_DAY_REACH = 35;

/**
 * "On Sunday the 8th of the present month": chrono reads the weekday alone, as the latest such weekday; the day of the
 * month names which. The latest day up to two days after the reference that is both, or unresolved when none is near.
 */
function withItsDayOfMonth(mention: DateMention, result: chrono.ParsedResult, text: string, reference: string | null): DateMention {
  if (!reference || !mention.date || !result.start.isCertain('weekday') || result.start.isCertain('day')) return mention;
  const end = mention.index + mention.text.length;
  const ordinal = DAY_OF_MONTH_AFTER.exec(text.slice(end, end + 12));
  if (!ordinal) return mention;
  const written = { ...mention, text: text.slice(mention.index, end + ordinal[0].length) };
  const [weekday, day] = [result.start.get('weekday')!, Number(ordinal[1])];
  for (let back = -2; back <= WEEKDAY_WITH_DAY_REACH; back++) {
    const date = addDays(reference, -back);
    const utc = new Date(`${date}T12:00:00Z`);
    if (utc.getUTCDay() === weekday && utc.getUTCDate() === day) return { ...written, date, precision: 'day', relative: true, unresolved: null };
  }
  return { ...written, date: null, precision: null, relative: false, unresolved: `"${written.text}" is no day near the reference date (${reference})` };
}

const WEEK_BEFORE = new RegExp(dateParserCues.weekBefore.pattern, 'i');

/**
 * "on Thursday last week": that weekday of the calendar week (Monday first) before the reference's,
 * not the latest Thursday before the reference.
 */
function inWeekBefore(mention: DateMention, result: chrono.ParsedResult, reference: string | null): DateMention {
  if (!reference || !result.start.isCertain('weekday') || !WEEK_BEFORE.test(result.text)) return mention;
  const weekday = result.start.get('weekday')!;
  return { ...mention, date: addDays(mondayOf(reference), -7 + ((weekday + 6) % 7)), precision: 'day', relative: true, unresolved: null };
}

/**
 * "In 2023, X met Y", "met Y in Tehran in 2019": chrono's casual parsers read no year alone. Not one
 * year of several ("in 2018 and 2019", "in 2018-19").
 */
export class YearAloneParser implements chrono.Parser {
  pattern(): RegExp {
    return /\b[Ii]n\s+((?:19|20)\d{2})\b(?!\s*[-–—/]\s*\d|\s+(?:and|or|to)\s+\d)/;
  }

  extract(_context: unknown, match: RegExpMatchArray): { year: number } {
    return { year: Number(match[1]) };
  }
}

const CUES = dateParserCues.cues.map((cue) => new RegExp(cue.pattern, 'i'));

/** Each parser of chrono's casual configuration, and ours, with the index of its cue (model/date-parser-cues.json), -1 for one that always runs. */
const CUED_PARSERS = [...chrono.casual.parsers, new YearAloneParser()].map((parser) => ({ parser, cue: dateParserCues.cues.findIndex((cue) => cue.parsers.includes(parser.constructor.name)) }));

/**
 * chrono's casual configuration without the parsers whose cues `text` lacks: they would find
 * nothing in it, and running every parser on every sentence was a large share of chrono's time.
 * Each cue is looked for once (the four month-name parsers share one).
 */
export function parserFor(text: string): chrono.Chrono {
  const present = CUES.map((cue) => cue.test(text));
  const parsers: chrono.Parser[] = [];
  for (const { parser, cue } of CUED_PARSERS) if (cue < 0 || present[cue]) parsers.push(parser);
  return new chrono.Chrono({ parsers, refiners: chrono.casual.refiners });
}

/**
 * Reads the text again against another day: what moves with the reference is relative ("three days
 * ago"), even where chrono reports every field as known. Only a fully known date asks (or one in an
 * article without a reference date), so most sentences are read once.
 */
class ReferenceProbe {
  private probed: chrono.ParsedResult[] | null = null;

  constructor(
    private readonly parser: chrono.Chrono,
    private readonly text: string,
  ) {}

  isRelative(result: chrono.ParsedResult): boolean {
    this.probed ??= this.parser.parse(this.text, { instant: PROBE_INSTANT, timezone: 0 }, { forwardDate: false });
    const probed = this.probed.find((p) => p.index === result.index);
    // Only what the text fixes: "in 2019" leaves the month and day to the reference.
    return !probed || CALENDAR_FIELDS.some((field) => result.start.isCertain(field) && probed.start.get(field) !== result.start.get(field));
  }
}

const CALENDAR_FIELDS = ['year', 'month', 'day'] as const;

const PROBE_INSTANT = new Date('2001-07-15T12:00:00Z');

type Resolution = Pick<DateMention, 'date' | 'precision' | 'relative' | 'unresolved'>;

/** "this July": the month of the reference's own year, not the latest July before it. */
const THIS_BEFORE = /\bthis\s+$/i;

function resolve(result: chrono.ParsedResult, reference: string | null, referenceIsEventDay: boolean, probe: ReferenceProbe, thisYear: boolean): Resolution {
  const start = result.start;
  if (VAGUE.test(result.text)) return unresolved(`"${result.text}" names no single day`);
  if (FUTURE.test(result.text)) return unresolved(`"${result.text}" points forward`);
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (!reference && probe.isRelative(result)) return unresolved(`"${result.text}" is relative and the article has no publication date`);
  if (start.isCertain('day') && start.isCertain('month') && start.isCertain('year')) {
    return { date: iso(year!, month!, day!), precision: 'day', relative: probe.isRelative(result), unresolved: null };
  }
  if (start.isCertain('month') && start.isCertain('year') && !start.isCertain('day')) {
    return { date: iso(year!, month!, 1), precision: 'month', relative: probe.isRelative(result), unresolved: null };
  }
  if (start.isCertain('year') && !start.isCertain('month')) return { date: iso(year!, 1, 1), precision: 'year', relative: probe.isRelative(result), unresolved: null };
  if (!reference) return unresolved(`"${result.text}" is relative and the article has no publication date`);
  if (start.isCertain('day') && start.isCertain('month')) return { date: yearlessDay(month!, day!, reference), precision: 'day', relative: true, unresolved: null };
  if (start.isCertain('weekday') && !start.isCertain('day')) {
    const weekday = start.get('weekday')!;
    const referenceDay = new Date(`${reference}T12:00:00Z`).getUTCDay();
    const back = (referenceDay - weekday + 7) % 7;
    if (referenceIsEventDay && back !== 0) return unresolved(`"${result.text}" is not the day of the dated caption, and the article has no publication date`);
    return { date: addDays(reference, -back), precision: 'day', relative: true, unresolved: null };
  }
  if (start.isCertain('month') && !start.isCertain('day')) {
    if (thisYear) {
      const date = iso(Number(reference.slice(0, 4)), month!, 1);
      return date > reference ? unresolved(`"this ${result.text.replace(/[,.]$/, '')}" is still to come`) : { date, precision: 'month', relative: true, unresolved: null };
    }
    let date = iso(Number(reference.slice(0, 4)), month!, 1);
    if (date > reference) date = iso(Number(reference.slice(0, 4)) - 1, month!, 1);
    return { date, precision: 'month', relative: true, unresolved: null };
  }
  if (start.isCertain('day')) return { date: toIsoDate(start.date()), precision: 'day', relative: true, unresolved: null };
  // chrono leaves the day of "this morning" uncertain; it is the day the article was written, as "today" is.
  if (THIS_PART_OF_DAY.test(result.text)) return { date: reference, precision: 'day', relative: true, unresolved: null };
  return unresolved(`"${result.text}" names no day`);
}

const SPAN_SIDE = new RegExp(`\\b(${dateParserCues.spans.sides.join('|')})\\s+$`, 'i');
const THIS_MONTH = new RegExp(dateParserCues.spans.thisMonth, 'i');
const THIS_WEEK = new RegExp(dateParserCues.spans.thisWeek, 'i');
const LAST_WEEK = new RegExp(dateParserCues.spans.lastWeek, 'i');

/** The Monday of the week holding `iso`. */
function mondayOf(iso: string): string {
  return addDays(iso, -((new Date(`${iso}T12:00:00Z`).getUTCDay() + 6) % 7));
}

/**
 * The days a span the reference pins holds, or null for a mention that is no such span: a month
 * read as such; "this month" and "this week", cut at the reference by "earlier" or "later" just
 * before (`before`, the text up to the mention); "last week" up to its Saturday, since whether its
 * Sunday ends it or opens the next one is the writer's custom.
 */
export function daysHeld(mention: DateMention, reference: string | null, before: string): { from: string; to: string } | null {
  if (!reference) return null;
  const monthEnd = (iso: string) => toIsoDate(new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0)));
  if (mention.date && mention.precision === 'month') return { from: mention.date, to: monthEnd(mention.date) };
  if (mention.date) return null;
  const side = SPAN_SIDE.exec(before)?.[1].toLowerCase();
  const cut = (from: string, to: string) => ({ from: side === 'later' ? reference : from, to: side === 'earlier' ? reference : to });
  if (THIS_MONTH.test(mention.text)) return cut(`${reference.slice(0, 8)}01`, monthEnd(reference));
  if (THIS_WEEK.test(mention.text)) return cut(mondayOf(reference), addDays(mondayOf(reference), 6));
  if (LAST_WEEK.test(mention.text)) return { from: addDays(mondayOf(reference), -7), to: addDays(mondayOf(reference), -2) };
  return null;
}

function unresolved(reason: string): Resolution {
  return { date: null, precision: null, relative: false, unresolved: reason };
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
