/**
 * Publication dates from metadata (front matter, manifest, HTML meta) to YYYY-MM-DD.
 * Deterministic: only full calendar dates are accepted, never anything relative to "now".
 */
// English only: the package's main module also loads its 15 other locales, 13 MB more in every thread.
import * as chrono from 'chrono-node/en';
import { calendarDate } from '../text/dates';

export type DateReading = { ok: true; date: string } | { ok: false; problem: string };

/** Leading date of an ISO 8601 timestamp, taken as written: the outlet's local date, not shifted to UTC. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const NUMERIC_DAY_MONTH = /^(\d{1,2})[./-](\d{1,2})[./-]\d{4}$/;
/** Any fixed instant: relative words ("next Tuesday") are refused by the full-date check, not read against it. */
const REFERENCE_INSTANT = new Date(Date.UTC(2000, 0, 1));
/** Longer than any date written out in words; chrono's time grows with the square of a long value (100 KB took 12 s). */
const MAX_DATE_CHARS = 100;

export function readMetaDate(value: unknown): DateReading {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { ok: false, problem: 'is not a valid date' } : { ok: true, date: value.toISOString().slice(0, 10) };
  }
  if (typeof value !== 'string' && typeof value !== 'number') return { ok: false, problem: 'is not text' };
  const text = String(value).trim();
  const quoted = JSON.stringify(text);
  const iso = ISO_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  if (iso) {
    const date = calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? { ok: true, date } : { ok: false, problem: `${quoted} is not a calendar date` };
  }
  const numeric = NUMERIC_DAY_MONTH.exec(text);
  if (numeric && numeric[1] !== numeric[2] && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12) {
    return { ok: false, problem: `${quoted} could be day-month or month-day` };
  }
  if (text.length > MAX_DATE_CHARS) return { ok: false, problem: `is ${text.length} characters long, too long to be a date` };
  const parsed = chrono.strict.parse(text, REFERENCE_INSTANT)[0];
  if (!parsed || !(['year', 'month', 'day'] as const).every((part) => parsed.start.isCertain(part))) {
    return { ok: false, problem: `${quoted} is not a full calendar date` };
  }
  const date = calendarDate(parsed.start.get('year') ?? 0, parsed.start.get('month') ?? 0, parsed.start.get('day') ?? 0);
  return date ? { ok: true, date } : { ok: false, problem: `${quoted} is not a calendar date` };
}

