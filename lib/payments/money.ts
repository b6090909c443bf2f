// Money in whole pence, as the database keeps it, and the strict reading of amounts people type.
// Pure and shared by forms and services. Pence are integers, so no sum is ever off by a rounding.

/** The largest amount any one field accepts: far above any fee, and safe in a 32-bit column. */
export const MAX_PENCE = 10_000_000;

const GROUPED = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "£1,234.50". */
export function formatPence(pence: number): string {
  const sign = pence < 0 ? "-" : "";
  return `${sign}£${GROUPED.format(Math.abs(pence) / 100)}`;
}

/** "1234.50": for spreadsheets, with no pound sign or commas to get in the way of sums. */
export function penceToPlain(pence: number): string {
  const sign = pence < 0 ? "-" : "";
  const abs = Math.abs(pence);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

export type ParsedAmount = { ok: true; pence: number } | { ok: false; message: string };

// Pounds with or without thousands commas, then up to 2 decimal places: "45", "£45.5", "1,234.50".
const AMOUNT = /^£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * Reads an amount of money as pence, refusing anything that is not plainly one: negative
 * amounts, more than 2 decimal places, words. `label` starts the messages, e.g. "Fee".
 */
export function parseAmount(input: string, label: string): ParsedAmount {
  const text = input.trim().replace(/\s+/g, "");
  if (text === "") return { ok: false, message: `Enter the ${label.toLowerCase()}` };
  if (/^-/.test(text) || /^£-/.test(text)) return { ok: false, message: `${label} must be £0 or more` };
  if (/^£?\d[\d,]*\.\d{3,}$/.test(text)) return { ok: false, message: `${label} must be in pounds and pence, with no more than 2 numbers after the point, like 45.50` };
  const match = AMOUNT.exec(text);
  if (!match) return { ok: false, message: `${label} must be an amount of money, like 45 or 45.50` };
  const pounds = Number((match[1] ?? "0").replace(/,/g, ""));
  const pence = Number((match[2] ?? "").padEnd(2, "0"));
  const total = pounds * 100 + pence;
  if (!Number.isSafeInteger(total) || total > MAX_PENCE) return { ok: false, message: `${label} must be ${formatPence(MAX_PENCE)} or less` };
  return { ok: true, pence: total };
}

/** The amount as it goes back into a form box: "45.50", or "" for nothing. */
export function penceToInput(pence: number | null | undefined): string {
  return pence === null || pence === undefined ? "" : penceToPlain(pence);
}
