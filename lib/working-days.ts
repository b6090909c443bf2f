// Working days in England and Wales, for the scheme's deadlines (the factual-accuracy check, the
// window for asking for a review). Pure: dates are "YYYY-MM-DD" strings, as in lib/dates.ts.
import type { IsoDate } from "@/lib/dates";

/**
 * England and Wales bank holidays, including substitute days, from GOV.UK's list
 * (https://www.gov.uk/bank-holidays, also published as bank-holidays.json). Dates after those
 * GOV.UK had announced follow the usual rules (Easter, first and last Mondays of May, last Monday
 * of August, Christmas with substitutes) and must be checked against that page.
 *
 * EXTEND THIS TABLE every year, and add any one-off holiday proclaimed for an event: beyond the
 * last year listed only weekends are skipped, so deadlines there may fall a day or two early.
 */
export const BANK_HOLIDAYS_ENGLAND_AND_WALES: ReadonlySet<IsoDate> = new Set([
  "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
  "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
  "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
  "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26",
]);

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function toUtcDate(date: IsoDate): Date {
  if (!ISO.test(date)) throw new Error(`Not an ISO date: ${date}`);
  const parsed = new Date(`${date}T00:00:00.000Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) throw new Error(`Not a real date: ${date}`);
  return parsed;
}

/** Monday to Friday and not a bank holiday in England and Wales. */
export function isWorkingDay(date: IsoDate): boolean {
  const weekday = toUtcDate(date).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !BANK_HOLIDAYS_ENGLAND_AND_WALES.has(date);
}

/**
 * The date `n` working days after `date` (the day itself is not counted, as with "within 10
 * working days of sending"). With n = 0 the date is returned unchanged.
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new Error("The number of working days must be a whole number, 0 or more");
  const day = toUtcDate(date);
  let remaining = n;
  while (remaining > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (isWorkingDay(day.toISOString().slice(0, 10))) remaining -= 1;
  }
  return day.toISOString().slice(0, 10);
}
