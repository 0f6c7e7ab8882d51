// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so time zones never shift a day.

export function toDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.floor(utcDate(y, m - 1, d).getTime() / 86_400_000);
}

/** Years outside these are no dossier's (`0026-11-23`: a year cut short; `9999-12-31`: "never").
 * The rules' date arithmetic (notice lead times, the Panel meeting and release after a deadline)
 * would also reach years before 1 or after 9999, which YYYY-MM-DD cannot write ("effective 7
 * undefined 10" in the assessment of a 9999-12-31 deadline). */
export const FIRST_YEAR = 1000;
export const LAST_YEAR = 9000;

/** A day of the calendar written YYYY-MM-DD, in the years FIRST_YEAR to LAST_YEAR (`2026-02-30` is none: Date rolls it over to March). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m || +m[1] < FIRST_YEAR || +m[1] > LAST_YEAR) return false;
  const d = utcDate(+m[1], +m[2] - 1, +m[3]);
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/**
 * The UTC date of a year, month (0-11) and day, for every year: `Date.UTC` reads the years 0 to
 * 99 as 1900 to 1999, so `0001-01-01` was refused as "January 0001 has 31 days".
 */
export function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

export function fromDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDay(to) - toDay(from);
}

export function todayIso(now: Date = new Date()): string {
  // The writer's local calendar day, not UTC's.
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** "4 February 2027" for messages. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
