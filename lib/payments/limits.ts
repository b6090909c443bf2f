// The weekly limits an assessor asked us to watch, and whether a week reaches them. Pure and
// clock-free, so every boundary is unit-tested.
import type { LimitMode } from "@/generated/prisma/enums";
import type { IsoDate } from "@/lib/dates";
import { earningsPence, type PaymentFacts } from "@/lib/payments/totals";
import { weekStart } from "@/lib/payments/periods";

/**
 * The permitted-work figures in force from a date. `weeklyMinutes` is the hours limit people must
 * stay UNDER (ESA: "under 16 hours" is stored as 960), so working exactly that long is over it.
 * `weeklyEarningsPence` is the most that may be earned in a week: earning exactly that is fine.
 */
export type PermittedWorkFigures = { effectiveFrom: IsoDate; weeklyMinutes: number; weeklyEarningsPence: number };

export type LimitSettings = { mode: LimitMode; ownWeeklyMinutes: number | null; ownWeeklyEarningsPence: number | null };

/** The limits that apply to one week; null on either means that one is not watched. */
export type WeekLimits = { minutes: number | null; earningsPence: number | null };

/** The newest figures in force on `date` (none before the first figures were set). */
export function figuresInForce(history: readonly PermittedWorkFigures[], date: IsoDate): PermittedWorkFigures | null {
  let found: PermittedWorkFigures | null = null;
  for (const f of history) if (f.effectiveFrom <= date && (!found || f.effectiveFrom > found.effectiveFrom)) found = f;
  return found;
}

/**
 * The limits for the week starting `monday`. Permitted-work figures are those in force at the
 * week's start, so a change part-way through a week applies from the next week. The assessor's
 * own figures follow the same rules: hours reach the limit at the figure, earnings pass it above.
 */
export function limitsForWeek(settings: LimitSettings, history: readonly PermittedWorkFigures[], monday: IsoDate): WeekLimits | null {
  if (settings.mode === "PERMITTED_WORK") {
    const figures = figuresInForce(history, monday);
    return figures ? { minutes: figures.weeklyMinutes, earningsPence: figures.weeklyEarningsPence } : null;
  }
  if (settings.mode === "OWN") {
    if (settings.ownWeeklyMinutes === null && settings.ownWeeklyEarningsPence === null) return null;
    return { minutes: settings.ownWeeklyMinutes, earningsPence: settings.ownWeeklyEarningsPence };
  }
  return null;
}

/** "AT" when the hours equal the limit (under 16 means 16 is over), "PAST" above it. */
export type HoursCheck = "UNDER" | "AT" | "PAST";

export function checkHours(minutes: number, limit: number | null): HoursCheck {
  if (limit === null || minutes < limit) return "UNDER";
  return minutes === limit ? "AT" : "PAST";
}

/** Earnings pass the cap only above it. */
export function earningsPast(pence: number, cap: number | null): boolean {
  return cap !== null && pence > cap;
}

export type LimitNotice = {
  kind: "HOURS" | "EARNINGS";
  weekStart: IsoDate;
  /** The visit that takes the week to (or past) the limit, counting the week's visits in date order. */
  visitId: string;
  visitDate: IsoDate;
  /** The week's running total with that visit: minutes for HOURS, pence for EARNINGS. */
  total: number;
  limit: number;
  /** HOURS may be exactly AT the limit; EARNINGS notices are always PAST. */
  reached: "AT" | "PAST";
};

/**
 * Every week in which the payments reach a watched limit, one notice per week and kind, newest
 * week first. Planned payments for future visits count too: that is when a notice helps most.
 */
export function findLimitNotices(payments: readonly PaymentFacts[], limitsFor: (monday: IsoDate) => WeekLimits | null): LimitNotice[] {
  const weeks = new Map<IsoDate, PaymentFacts[]>();
  for (const p of payments) {
    const monday = weekStart(p.workedOn);
    weeks.set(monday, [...(weeks.get(monday) ?? []), p]);
  }
  const notices: LimitNotice[] = [];
  for (const [monday, inWeek] of [...weeks].sort(([a], [b]) => b.localeCompare(a))) {
    const limits = limitsFor(monday);
    if (!limits) continue;
    let minutes = 0;
    let pence = 0;
    let hoursDone = false;
    let earningsDone = false;
    for (const p of [...inWeek].sort((a, b) => a.workedOn.localeCompare(b.workedOn) || a.visitId.localeCompare(b.visitId))) {
      minutes += p.minutesWorked;
      pence += earningsPence(p);
      const hours = checkHours(minutes, limits.minutes);
      if (!hoursDone && hours !== "UNDER" && limits.minutes !== null) {
        hoursDone = true;
        notices.push({ kind: "HOURS", weekStart: monday, visitId: p.visitId, visitDate: p.workedOn, total: minutes, limit: limits.minutes, reached: hours });
      }
      if (!earningsDone && earningsPast(pence, limits.earningsPence) && limits.earningsPence !== null) {
        earningsDone = true;
        notices.push({ kind: "EARNINGS", weekStart: monday, visitId: p.visitId, visitDate: p.workedOn, total: pence, limit: limits.earningsPence, reached: "PAST" });
      }
    }
  }
  return notices;
}
