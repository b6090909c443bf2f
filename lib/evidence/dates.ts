// The GOV.UK date input (day, month and year in separate boxes) checked part by part, so each
// message says exactly what to fix. Pure: it runs in the browser and on the server.

export type DateParts = { day: string; month: string; year: string };
export type DateProblem = { part: "dateDay" | "dateMonth" | "dateYear" | "evidenceDate"; message: string };

const LABEL = "The date of the evidence";
const PART_NAMES = { dateDay: "day", dateMonth: "month", dateYear: "year" } as const;

/** Today's date in the UK as YYYY-MM-DD, whatever the server's time zone. */
export function todayInUk(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/**
 * Checks the three parts and returns the ISO date, or the problems in the order a person would
 * fix them: missing parts first, then parts that are not numbers, then the date as a whole.
 */
export function parseDateParts(parts: DateParts, today: string = todayInUk()): { date: string } | { problems: DateProblem[] } {
  const values = { dateDay: parts.day.trim(), dateMonth: parts.month.trim(), dateYear: parts.year.trim() };
  const missing = (Object.keys(values) as Array<keyof typeof values>).filter((k) => values[k] === "");
  if (missing.length === 3) return { problems: [{ part: "evidenceDate", message: "Enter the date of the evidence" }] };
  if (missing.length > 0) {
    const names = missing.map((k) => PART_NAMES[k]).join(" and ");
    return { problems: missing.map((part) => ({ part, message: `${LABEL} must include a ${names}` })) };
  }

  const problems: DateProblem[] = [];
  const day = /^\d{1,2}$/.test(values.dateDay) ? Number(values.dateDay) : NaN;
  const month = /^\d{1,2}$/.test(values.dateMonth) ? Number(values.dateMonth) : NaN;
  const year = /^\d{4}$/.test(values.dateYear) ? Number(values.dateYear) : NaN;
  if (!(day >= 1 && day <= 31)) problems.push({ part: "dateDay", message: "The day must be a number from 1 to 31" });
  if (!(month >= 1 && month <= 12)) problems.push({ part: "dateMonth", message: "The month must be a number from 1 to 12" });
  if (Number.isNaN(year)) problems.push({ part: "dateYear", message: "The year must include 4 numbers, like 2026" });
  else if (year < 1900) problems.push({ part: "dateYear", message: "The year must be 1900 or later" });
  if (problems.length > 0) return { problems };

  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return { problems: [{ part: "evidenceDate", message: `${LABEL} must be a real date` }] };
  const iso = date.toISOString().slice(0, 10);
  if (iso > today) return { problems: [{ part: "evidenceDate", message: `${LABEL} must be today or in the past` }] };
  return { date: iso };
}

/** The day, month and year boxes for a stored date (for the edit form). */
export function dateToParts(iso: string): DateParts {
  const [year = "", month = "", day = ""] = iso.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** A date as people read it: "23 November 2026". */
export function formatDate(value: string | Date): string {
  const date = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: typeof value === "string" ? "UTC" : "Europe/London" }).format(date);
}

/** A moment as people read it: "23 November 2026 at 2:05pm". */
export function formatDateTime(value: Date): string {
  const date = formatDate(value);
  const time = new Intl.DateTimeFormat("en-GB", { hour: "numeric", minute: "2-digit", hour12: true, timeZone: "Europe/London" }).format(value).replace(" ", "").toLowerCase();
  return `${date} at ${time}`;
}
