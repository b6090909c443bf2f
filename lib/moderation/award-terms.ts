// How long an award lasts and how long the organisation has to ask for a review. Pure.
import type { IsoDate } from "@/lib/dates";
import { addWorkingDays } from "@/lib/working-days";

export const AWARD_MONTHS = 24;
export const REVIEW_WORKING_DAYS = 15;
export const ACCURACY_CHECK_WORKING_DAYS = 10;

/** The same day `months` later; a day the month lacks (31st, 29 February) becomes its last day. */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** An award issued on `issuedOn` (a London date) expires 24 months later; a review may be asked for within 15 working days. */
export function awardTerms(issuedOn: IsoDate): { expiresOn: IsoDate; reviewDueOn: IsoDate } {
  return { expiresOn: addCalendarMonths(issuedOn, AWARD_MONTHS), reviewDueOn: addWorkingDays(issuedOn, REVIEW_WORKING_DAYS) };
}
