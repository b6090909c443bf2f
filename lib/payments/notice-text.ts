// The words of the limits notice. Calm and factual: it says what the figures are and where to
// find independent advice, never what anyone should do about their benefits. Pure.
import { formatIsoDate, type IsoDate } from "@/lib/dates";
import { formatMinutes } from "@/lib/payments/hours";
import { formatPence } from "@/lib/payments/money";
import { checkHours, earningsPast, type LimitNotice, type WeekLimits } from "@/lib/payments/limits";

/** Independent welfare-rights advice, shown as plain links wherever the notice appears. */
export const ADVICE_LINKS = [
  { href: "https://www.citizensadvice.org.uk/benefits/", label: "Citizens Advice: help with benefits" },
  { href: "https://www.turn2us.org.uk/", label: "Turn2us: benefits calculator and advice" },
] as const;

/** "the 16-hour limit", or "the weekly limit of 15 hours 30 minutes" for a part hour. */
export function hoursLimitPhrase(minutes: number): string {
  return minutes % 60 === 0 ? `the ${minutes / 60}-hour limit` : `the weekly limit of ${formatMinutes(minutes)}`;
}

/**
 * The assessor's own notice, anchored on the visit that takes the week to the limit:
 * "Your visit on 14 December 2026 would take you to 17 hours in that week, past the 16-hour
 * limit you asked us to watch." Visits from today on are spoken of as still to come.
 */
export function noticeSentence(notice: LimitNotice, today: IsoDate): string {
  const upcoming = notice.visitDate >= today;
  const takes = upcoming ? "would take" : "took";
  const visit = `Your visit on ${formatIsoDate(notice.visitDate)}`;
  if (notice.kind === "HOURS") {
    const where = notice.reached === "AT" ? "reaching" : "past";
    return `${visit} ${takes} you to ${formatMinutes(notice.total)} in that week, ${where} ${hoursLimitPhrase(notice.limit)} you asked us to watch.`;
  }
  return `${visit} ${takes} your earnings in that week to ${formatPence(notice.total)}, past the ${formatPence(notice.limit)} weekly limit you asked us to watch.`;
}

/** The pointer to advice that follows the notice. */
export function adviceSentence(upcoming: boolean): string {
  return upcoming ? "You may want to talk to a welfare-rights adviser before the visit." : "You may want to talk to a welfare-rights adviser.";
}

/**
 * The scheme admin's version for one assessor's week: what the week comes to against the limits
 * they asked us to watch. `preview` words it as what saving would do.
 */
export function weekSentences(week: { minutes: number; earningsPence: number }, limits: WeekLimits | null, name: string, preview: boolean): string[] {
  if (!limits) return [];
  const sentences: string[] = [];
  const lead = preview ? `With this payment, ${name}'s` : `${name}'s`;
  const hours = checkHours(week.minutes, limits.minutes);
  if (hours !== "UNDER" && limits.minutes !== null) {
    const comes = preview ? "would come" : "comes";
    sentences.push(`${lead} work in the week of this visit ${comes} to ${formatMinutes(week.minutes)}, ${hours === "AT" ? "reaching" : "past"} ${hoursLimitPhrase(limits.minutes)} they asked us to watch.`);
  }
  if (earningsPast(week.earningsPence, limits.earningsPence) && limits.earningsPence !== null) {
    const come = preview ? "would come" : "come";
    sentences.push(`${lead} earnings in the week of this visit ${come} to ${formatPence(week.earningsPence)}, past the ${formatPence(limits.earningsPence)} weekly limit they asked us to watch.`);
  }
  return sentences;
}

/** What the assessor asked us to watch, in a sentence, for their payments and settings pages. */
export function watchedLimitsSentence(settings: { limitMode: string; ownWeeklyMinutes: number | null; ownWeeklyEarningsPence: number | null }, permittedWork: { weeklyMinutes: number; weeklyEarningsPence: number } | null): string {
  if (settings.limitMode === "PERMITTED_WORK") {
    if (!permittedWork) return "You asked us to watch the permitted-work limits. The scheme team has not set the figures yet, so there is nothing to compare your work with.";
    return `You asked us to watch the permitted-work limits: under ${formatMinutes(permittedWork.weeklyMinutes)} a week, and earnings of up to ${formatPence(permittedWork.weeklyEarningsPence)} a week.`;
  }
  if (settings.limitMode === "OWN") {
    const parts = [
      settings.ownWeeklyMinutes !== null ? `a week reaches ${formatMinutes(settings.ownWeeklyMinutes)}` : null,
      settings.ownWeeklyEarningsPence !== null ? `a week's earnings go over ${formatPence(settings.ownWeeklyEarningsPence)}` : null,
    ].filter((p): p is string => p !== null);
    if (parts.length > 0) return `You asked us to let you know when ${parts.join(", or when ")}.`;
  }
  return "You have not asked us to watch any weekly limits.";
}
