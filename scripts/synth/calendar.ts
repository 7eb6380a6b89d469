/** ISO day arithmetic (UTC noon, so no time zone or DST can shift a day) and the ways news writes a day. */
const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function toDate(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

export function addDays(iso: string, days: number): string {
  return new Date(toDate(iso).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS);
}

export function weekday(iso: string): string {
  return WEEKDAYS[toDate(iso).getUTCDay()];
}

/** "March 4" */
export function monthDay(iso: string): string {
  const date = toDate(iso);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;
}

/** "March 4, 2024" */
export function monthDayYear(iso: string): string {
  return `${monthDay(iso)}, ${toDate(iso).getUTCFullYear()}`;
}

/** "4 March 2024" */
export function dayMonthYear(iso: string): string {
  const date = toDate(iso);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export function year(iso: string): number {
  return toDate(iso).getUTCFullYear();
}
