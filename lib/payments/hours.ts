// Time worked, kept in whole minutes, and the strict reading of hours people type. Pure.

/** The most one visit can take: a day. */
export const MAX_VISIT_MINUTES = 24 * 60;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "3 hours 30 minutes", "1 hour", "45 minutes", "0 hours". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (rest === 0) return plural(hours, "hour");
  if (hours === 0) return plural(rest, "minute");
  return `${plural(hours, "hour")} ${plural(rest, "minute")}`;
}

/** "3.5": hours as a decimal, to at most 2 places (spreadsheets and form boxes). */
export function minutesToDecimalHours(minutes: number): string {
  return String(Math.round((minutes / 60) * 100) / 100);
}

/** "3.5 hours", "1 hour". */
export function formatDecimalHours(minutes: number): string {
  const text = minutesToDecimalHours(minutes);
  return `${text} ${text === "1" ? "hour" : "hours"}`;
}

export type ParsedHours = { ok: true; minutes: number } | { ok: false; message: string };

/**
 * Reads hours typed as a number ("3", "3.5", "3.25") as whole minutes. Refuses negatives, more
 * than 2 decimal places and words. `max` is in minutes. `label` starts the messages.
 */
export function parseHours(input: string, label: string, max: number = MAX_VISIT_MINUTES): ParsedHours {
  const text = input.trim();
  if (text === "") return { ok: false, message: `Enter the ${label.toLowerCase()}` };
  if (text.startsWith("-")) return { ok: false, message: `${label} must be 0 or more` };
  if (/^\d+\.\d{3,}$/.test(text)) return { ok: false, message: `${label} must have no more than 2 numbers after the point, like 3.5` };
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return { ok: false, message: `${label} must be a number of hours, like 3 or 3.5` };
  // Hundredths of an hour, then minutes, so "3.33" is 200 minutes without floating-point noise.
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  const minutes = Math.round((hundredths * 60) / 100);
  if (!Number.isSafeInteger(minutes) || minutes > max) return { ok: false, message: `${label} must be ${minutesToDecimalHours(max)} or fewer` };
  return { ok: true, minutes };
}
