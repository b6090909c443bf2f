// Calendar dates for the plan, as "YYYY-MM-DD" strings. Pure and clock-free (callers pass
// today) so that the overdue rules are tested without faking time. Due dates are whole days, so
// they never go through a time zone; only "today" does, and that is today in the UK.

export type { IsoDate } from "@/lib/dates";
import type { IsoDate } from "@/lib/dates";
export { parseDateParts, isoDateToParts, type DatePart, type DateParts, type ParsedDate } from "@/lib/date-input";

// Shared calendar helpers live in lib/dates.ts; re-exported so plan code has one place to look.
export { todayInLondon, isoDateToDb, dbDateToIso } from "@/lib/dates";
import { isoDateToDb, formatIsoDate } from "@/lib/dates";

/** The UK calendar date of a moment; every organisation on the scheme works in the UK. */
export { todayInLondon as londonDateOf } from "@/lib/dates";

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((isoDateToDb(to).getTime() - isoDateToDb(from).getTime()) / 86_400_000);
}

/** Due before today; an action due today is not overdue yet. */
export function isOverdue(dueDate: IsoDate, today: IsoDate): boolean {
  return dueDate < today;
}

/** "23 November 2026", the GOV.UK style for dates. */
export const formatDate = formatIsoDate;
