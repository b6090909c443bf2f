/**
 * Calendar arithmetic on plain Y-M-D values. Nothing here builds a Date, so no time zone or
 * daylight-saving change can move a day across the evidence window's edge.
 */

/** How far back evidence may be dated and still count. */
export const EVIDENCE_WINDOW_MONTHS = 24;

/** A calendar date as the number YYYYMMDD, so that comparing numbers compares dates. */
export type DayKey = number;

export type EvidenceWindow = {
  /** Earliest counting day, as a key; may name a day that does not exist (see README). */
  fromKey: DayKey;
  toKey: DayKey;
  /** The earliest real calendar day that counts, YYYY-MM-DD. */
  from: string;
  /** The assessment date itself, the last day that counts. */
  to: string;
  /** Both ends written for people ("23 November 2024"), formatted once per scoring call. */
  fromText: string;
  toText: string;
};

const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** Turns an already-validated "YYYY-MM-DD" into its day key without allocating. */
export function dayKey(iso: string): DayKey {
  // Digit arithmetic rather than Number.parseInt keeps this at a few nanoseconds per date; no
  // helper closure, because tooling that preserves function names makes each one costly.
  return (
    (iso.charCodeAt(0) - 48) * 10_000_000 +
    (iso.charCodeAt(1) - 48) * 1_000_000 +
    (iso.charCodeAt(2) - 48) * 100_000 +
    (iso.charCodeAt(3) - 48) * 10_000 +
    (iso.charCodeAt(5) - 48) * 1_000 +
    (iso.charCodeAt(6) - 48) * 100 +
    (iso.charCodeAt(8) - 48) * 10 +
    (iso.charCodeAt(9) - 48)
  );
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9] as const;

/**
 * Whether a string is a real calendar date written YYYY-MM-DD: the same test as zod's
 * z.iso.date(), done without a regular expression for the validation fast path.
 */
export function isCalendarDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  for (const position of DIGIT_POSITIONS) {
    const code = value.charCodeAt(position);
    if (code < 48 || code > 57) return false;
  }
  const key = dayKey(value);
  const month = Math.floor(key / 100) % 100;
  const day = key % 100;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Math.floor(key / 10_000), month);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function toIso(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The window of dates whose evidence counts at an assessment: from the same day-of-month
 * 24 months earlier up to and including the assessment date.
 *
 * The start keeps the assessment's day-of-month even when that month is shorter (29 February
 * 2028 gives a start of "2026-02-29"). Compared as numbers, that behaves exactly like
 * "1 March 2026", so no clamping rule is needed, and seen from the evidence side the rule stays
 * simple: an item counts up to the same date 24 months on (an item from 29 February, up to
 * 28 February).
 */
export function evidenceWindow(assessmentDate: string, months: number = EVIDENCE_WINDOW_MONTHS): EvidenceWindow {
  const toKey = dayKey(assessmentDate);
  const year = Math.floor(toKey / 10_000);
  const month = Math.floor(toKey / 100) % 100;
  const day = toKey % 100;
  const monthIndex = year * 12 + (month - 1) - months;
  const fromYear = Math.floor(monthIndex / 12);
  const fromMonth = (monthIndex % 12) + 1;
  const fromKey = fromYear * 10_000 + fromMonth * 100 + day;
  const from = day <= daysInMonth(fromYear, fromMonth)
    ? toIso(fromYear, fromMonth, day)
    : fromMonth === 12 ? toIso(fromYear + 1, 1, 1) : toIso(fromYear, fromMonth + 1, 1);
  return { fromKey, toKey, from, to: assessmentDate, fromText: formatDate(from), toText: formatDate(assessmentDate) };
}

/** "2024-11-23" → "23 November 2024", the way dates are written for people in the UK. */
export function formatDate(iso: string): string {
  const key = dayKey(iso);
  const month = MONTH_NAMES[(Math.floor(key / 100) % 100) - 1] ?? "";
  return `${key % 100} ${month} ${Math.floor(key / 10_000)}`;
}
