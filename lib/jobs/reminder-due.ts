// Which expiry reminder an award is due, from its expiry date and today. Pure: no clock, no I/O.
import type { ReminderKind } from "@/generated/prisma/enums";
import type { IsoDate } from "@/lib/dates";

export const REMINDER_WINDOWS: { kind: ReminderKind; days: number }[] = [
  { kind: "EXPIRY_30_DAYS", days: 30 },
  { kind: "EXPIRY_90_DAYS", days: 90 },
];

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The reminder for the most urgent window the award is in: 30 days or fewer left (expiry day
 * included) is the 30-day reminder, 31 to 90 the 90-day one, otherwise none. An award first seen
 * inside 30 days gets only the 30-day reminder: two emails at once would say the same thing, and
 * once inside 30 days the 90-day one is never due again.
 */
export function reminderDue(expiresOn: IsoDate, today: IsoDate): ReminderKind | null {
  const left = daysBetween(today, expiresOn);
  if (left < 0) return null;
  return REMINDER_WINDOWS.find((w) => left <= w.days)?.kind ?? null;
}

/** The latest expiry date any reminder can be due for today: the coarse filter for the query. */
export function latestExpiryDue(today: IsoDate): IsoDate {
  const furthest = Math.max(...REMINDER_WINDOWS.map((w) => w.days));
  return new Date(Date.parse(`${today}T00:00:00Z`) + furthest * 86_400_000).toISOString().slice(0, 10);
}
