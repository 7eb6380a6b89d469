export type BinUnit = 'day' | 'month' | 'year';

export interface TimelineBin {
  /** First and last day of the bin, YYYY-MM-DD. */
  start: string;
  end: string;
  count: number;
}

const DAY_MS = 86_400_000;

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addUnit(date: Date, unit: BinUnit): Date {
  if (unit === 'day') return new Date(date.getTime() + DAY_MS);
  if (unit === 'month') return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
  return new Date(Date.UTC(date.getUTCFullYear() + 1, 0, 1));
}

function startOfUnit(date: Date, unit: BinUnit): Date {
  if (unit === 'day') return date;
  if (unit === 'month') return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
  return new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
}

/** The finest unit (day, month, year) that covers the extent in at most `maxBins` bins. */
export function chooseBinUnit(extent: readonly [string, string], maxBins: number): BinUnit {
  const [first, last] = extent.map(toUtc);
  const days = Math.round((last.getTime() - first.getTime()) / DAY_MS) + 1;
  if (days <= maxBins) return 'day';
  const months = (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth() + 1;
  return months <= maxBins ? 'month' : 'year';
}

/** Event counts per day, month or year across the extent; undated entries are left out. */
export function timelineBins(extent: readonly [string, string], dates: readonly (string | null)[], maxBins = 60): { unit: BinUnit; bins: TimelineBin[] } {
  const unit = chooseBinUnit(extent, maxBins);
  const bins: TimelineBin[] = [];
  const last = toUtc(extent[1]);
  for (let cursor = startOfUnit(toUtc(extent[0]), unit); cursor <= last; cursor = addUnit(cursor, unit)) {
    bins.push({ start: isoDay(cursor), end: isoDay(new Date(addUnit(cursor, unit).getTime() - DAY_MS)), count: 0 });
  }
  for (const date of dates) {
    if (date === null) continue;
    // Bins are sorted by start; the last one starting on or before the date holds it.
    let low = 0;
    let high = bins.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (bins[middle].start <= date) low = middle;
      else high = middle - 1;
    }
    if (bins[low] && bins[low].start <= date && date <= bins[low].end) bins[low].count += 1;
  }
  return { unit, bins };
}
