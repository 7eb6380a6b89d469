/**
 * Metadata from a key-value record: a front matter block or a sources.json entry. Both are written
 * by whoever assembled the corpus, so they share key names (metadata-keys.json) and checks.
 */
import keys from './metadata-keys.json';
import { readMetaDate } from './dates';

export interface PartialMeta {
  title: string | null;
  date: string | null;
  outlet: string | null;
  url: string | null;
}

export const EMPTY_META: PartialMeta = { title: null, date: null, outlet: null, url: null };

/** Reads the known keys (case-insensitive); `problems` are short clauses for a warning ("date "x" is not..."). */
export function readRecordMeta(record: Record<string, unknown>): { meta: PartialMeta; problems: string[] } {
  const lowered = new Map(Object.entries(record).map(([key, value]) => [key.toLowerCase(), value]));
  const problems: string[] = [];
  const pick = (field: keyof PartialMeta): unknown => keys.record[field].map((key) => lowered.get(key)).find((value) => value != null);
  const text = (field: 'title' | 'outlet' | 'url'): string | null => {
    const value = pick(field);
    if (value == null) return null;
    if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
    problems.push(`${field} is not text`);
    return null;
  };
  const meta: PartialMeta = { title: text('title'), date: null, outlet: text('outlet'), url: text('url') };
  const rawDate = pick('date');
  if (rawDate != null) {
    const reading = readMetaDate(rawDate);
    if (reading.ok) meta.date = reading.date;
    else problems.push(`date ${reading.problem}`);
  }
  return { meta, problems };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
