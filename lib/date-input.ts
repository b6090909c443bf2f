// Reading a GOV.UK date input (day, month and year boxes), shared by every form that asks for a
// date. Pure.
import type { IsoDate } from "@/lib/dates";

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

/** The boxes of a date input, filled in from a saved date (no leading zeros, as people type). */
export function isoDateToParts(date: IsoDate): DateParts {
  const [year = "", month = "", day = ""] = date.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}
