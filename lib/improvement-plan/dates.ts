// Calendar dates for the plan, as "YYYY-MM-DD" strings. Pure and clock-free (callers pass
// today) so that the overdue rules are tested without faking time. Due dates are whole days, so
// they never go through a time zone; only "today" does, and that is today in the UK.

export type IsoDate = string;
export type DatePart = "day" | "month" | "year";
export type DateParts = Record<DatePart, string>;
export type ParsedDate = { ok: true; date: IsoDate } | { ok: false; message: string; parts: DatePart[] };

const ORDER: DatePart[] = ["day", "month", "year"];

/**
 * Reads a GOV.UK date input (day, month and year boxes) with GOV.UK's error wording, and says
 * which boxes are wrong so only those are highlighted. `label` starts the messages: "Due date".
 */
export function parseDateParts(parts: Partial<DateParts>, label = "Due date"): ParsedDate {
  const values = { day: (parts.day ?? "").trim(), month: (parts.month ?? "").trim(), year: (parts.year ?? "").trim() };
  const missing = ORDER.filter((part) => values[part] === "");
  if (missing.length === 3) return { ok: false, message: `Enter the ${label.toLowerCase()}`, parts: ORDER };
  if (missing.length > 0) {
    return { ok: false, message: `${label} must include a ${missing.join(" and ")}`, parts: missing };
  }
  const notNumbers = ORDER.filter((part) => !/^\d+$/.test(values[part]));
  if (notNumbers.length > 0) return { ok: false, message: `${label} must be a real date`, parts: notNumbers };
  if (values.year.length !== 4) return { ok: false, message: "Year must include 4 numbers", parts: ["year"] };

  const day = Number(values.day);
  const month = Number(values.month);
  const year = Number(values.year);
  if (month < 1 || month > 12) return { ok: false, message: `${label} must be a real date`, parts: ["month"] };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, message: `${label} must be a real date`, parts: ["day"] };
  return { ok: true, date: `${values.year}-${pad(month)}-${pad(day)}` };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, "0");

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

/** The boxes of a date input, filled in from a saved date (no leading zeros, as people type). */
export function isoDateToParts(date: IsoDate): DateParts {
  const [year = "", month = "", day = ""] = date.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}
