// The payments forms' schemas, used by react-hook-form in the browser and again by the services.
// Amounts and hours are typed as text and read strictly (money.ts, hours.ts).
import { z } from "zod";
import { parseDateParts } from "@/lib/date-input";
import { parseAmount } from "@/lib/payments/money";
import { parseHours } from "@/lib/payments/hours";
import { LIMIT_MODES, PAYMENT_METHODS } from "@/lib/payments/labels";

// Missing fields read as empty, so each gets its own message rather than a type error.
const text = z.string().default("");
const WEEK_MINUTES = 7 * 24 * 60;
const CHARITY_MAX = 120;

type Ctx = z.RefinementCtx;

function amount(value: string, label: string, path: string, ctx: Ctx): number {
  const parsed = parseAmount(value, label);
  if (parsed.ok) return parsed.pence;
  ctx.addIssue({ code: "custom", path: [path], message: parsed.message });
  return 0;
}

function hours(value: string, label: string, path: string, ctx: Ctx): number {
  const parsed = parseHours(value, label);
  if (parsed.ok) return parsed.minutes;
  ctx.addIssue({ code: "custom", path: [path], message: parsed.message });
  return 0;
}

/** A weekly hours limit: more than 0, since a limit of nothing would put a notice on every visit. */
function weeklyHours(value: string, label: string, path: string, ctx: Ctx): number {
  const parsed = parseHours(value, label, WEEK_MINUTES);
  const message = !parsed.ok ? parsed.message : parsed.minutes === 0 ? `${label} must be more than 0` : null;
  if (message) ctx.addIssue({ code: "custom", path: [path], message });
  return parsed.ok ? parsed.minutes : 0;
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): T | null {
  return (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function charity(method: string, name: string, path: string, ctx: Ctx): string {
  if (method !== "CHARITY") return "";
  const trimmed = name.trim();
  if (!trimmed) ctx.addIssue({ code: "custom", path: [path], message: "Enter the name of the charity" });
  else if (trimmed.length > CHARITY_MAX) ctx.addIssue({ code: "custom", path: [path], message: `The charity's name must be ${CHARITY_MAX} characters or fewer` });
  return trimmed;
}

export const PAYMENT_FIELDS = ["hours", "fee", "expenses", "method", "charityName"] as const;

/**
 * One assessor's payment for one visit. A declined fee is stored as £0 whatever was typed in the
 * fee box; expenses are still repaid. Blank expenses mean none.
 */
export const paymentSchema = z
  .object({ hours: text, fee: text, expenses: text, method: text, charityName: text })
  .transform((v, ctx) => {
    const method = oneOf(v.method, PAYMENT_METHODS);
    if (!method) ctx.addIssue({ code: "custom", path: ["method"], message: "Select how they will be paid" });
    const minutesWorked = hours(v.hours, "Hours worked", "hours", ctx);
    const feePence = method === "DECLINED" ? 0 : amount(v.fee, "Fee", "fee", ctx);
    const expensesPence = v.expenses.trim() === "" ? 0 : amount(v.expenses, "Expenses", "expenses", ctx);
    const charityName = charity(v.method, v.charityName, "charityName", ctx);
    return { minutesWorked, feePence, expensesPence, method: method ?? "BANK_TRANSFER", charityName };
  });

export type PaymentInput = z.input<typeof paymentSchema>;
export type PaymentValues = z.output<typeof paymentSchema>;

export const SETTINGS_FIELDS = ["preferredPayment", "preferredCharity", "limitMode", "ownHours", "ownEarnings"] as const;

/** The assessor's own choices: how they like to be paid and which weekly limits to watch. */
export const settingsSchema = z
  .object({ preferredPayment: text, preferredCharity: text, limitMode: text, ownHours: text, ownEarnings: text })
  .transform((v, ctx) => {
    const preferredPayment = oneOf(v.preferredPayment, PAYMENT_METHODS);
    if (!preferredPayment) ctx.addIssue({ code: "custom", path: ["preferredPayment"], message: "Select how you would like to be paid" });
    const preferredCharity = charity(v.preferredPayment, v.preferredCharity, "preferredCharity", ctx);
    const limitMode = oneOf(v.limitMode, LIMIT_MODES);
    if (!limitMode) ctx.addIssue({ code: "custom", path: ["limitMode"], message: "Select whether you would like a notice about weekly limits" });
    let ownWeeklyMinutes: number | null = null;
    let ownWeeklyEarningsPence: number | null = null;
    if (limitMode === "OWN") {
      if (!v.ownHours.trim() && !v.ownEarnings.trim()) {
        ctx.addIssue({ code: "custom", path: ["ownHours"], message: "Enter a number of hours, an amount of money, or both" });
      }
      if (v.ownHours.trim()) ownWeeklyMinutes = weeklyHours(v.ownHours, "Weekly hours", "ownHours", ctx);
      if (v.ownEarnings.trim()) {
        ownWeeklyEarningsPence = amount(v.ownEarnings, "Weekly earnings", "ownEarnings", ctx);
      }
    }
    return { preferredPayment: preferredPayment ?? "BANK_TRANSFER", preferredCharity, limitMode: limitMode ?? "NONE", ownWeeklyMinutes, ownWeeklyEarningsPence };
  });

export type SettingsInput = z.input<typeof settingsSchema>;
export type SettingsValues = z.output<typeof settingsSchema>;

export const LIMIT_FIELDS = ["effectiveFrom", "hours", "earnings", "note"] as const;

/** New permitted-work figures and the date they apply from (the scheme admin keeps these current). */
export const limitSchema = z
  .object({ fromDay: text, fromMonth: text, fromYear: text, hours: text, earnings: text, note: z.string().trim().max(300, "The note must be 300 characters or fewer").default("") })
  .transform((v, ctx) => {
    const date = parseDateParts({ day: v.fromDay, month: v.fromMonth, year: v.fromYear }, "Date the figures apply from");
    if (!date.ok) ctx.addIssue({ code: "custom", path: ["effectiveFrom"], message: date.message });
    const weeklyMinutes = weeklyHours(v.hours, "Hours limit", "hours", ctx);
    const weeklyEarningsPence = amount(v.earnings, "Weekly earnings limit", "earnings", ctx);
    return { effectiveFrom: date.ok ? date.date : "", weeklyMinutes, weeklyEarningsPence, note: v.note };
  });

export type LimitInput = z.input<typeof limitSchema>;
export type LimitValues = z.output<typeof limitSchema>;

const isoDate = z
  .string({ error: "Give the date as YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Give the date as YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "Give a real date");

/** The export's query string: ?from=YYYY-MM-DD&to=YYYY-MM-DD, both days included. */
export const exportRangeSchema = z
  .object({ from: isoDate, to: isoDate })
  .refine((v) => v.from <= v.to, { path: ["to"], message: "The end date must be on or after the start date" });
