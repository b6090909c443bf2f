// The calendar rules of a feedback round. Pure: "today" is always passed in.
import type { FeedbackRoundStatus } from "@/generated/prisma/enums";
import { formatIsoDate, type IsoDate } from "@/lib/dates";

/** A round lasts at most this many calendar months, so results stay about the present. */
export const MAX_ROUND_MONTHS = 3;

/** The same day `months` later; a day the month lacks (31st, 29 February) becomes its last day. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The last end date allowed for a round starting on `startsOn`. */
export function latestEndDate(startsOn: IsoDate): IsoDate {
  return addMonths(startsOn, MAX_ROUND_MONTHS);
}

export type DateProblem = { field: "startsOn" | "endsOn"; message: string };

/** What is wrong with a round's dates, in GOV.UK error wording; empty when they are fine. */
export function roundDateProblems(dates: { startsOn: IsoDate; endsOn: IsoDate }, today: IsoDate): DateProblem[] {
  const problems: DateProblem[] = [];
  if (dates.startsOn < today) problems.push({ field: "startsOn", message: "The start date must be today or in the future" });
  if (dates.endsOn <= dates.startsOn) problems.push({ field: "endsOn", message: "The end date must be after the start date" });
  else if (dates.endsOn > latestEndDate(dates.startsOn)) {
    problems.push({ field: "endsOn", message: `A round can last up to ${MAX_ROUND_MONTHS} months, so the end date must be on or before ${formatIsoDate(latestEndDate(dates.startsOn))}` });
  }
  return problems;
}

/** Where a round is: not started yet, taking answers, past its end date but not yet closed, or closed. */
export type RoundPhase = "NOT_STARTED" | "TAKING_ANSWERS" | "PAST_END" | "CLOSED";

export function roundPhase(round: { status: FeedbackRoundStatus; startsOn: IsoDate; endsOn: IsoDate }, today: IsoDate): RoundPhase {
  if (round.status === "CLOSED") return "CLOSED";
  if (round.endsOn < today) return "PAST_END";
  return round.startsOn > today ? "NOT_STARTED" : "TAKING_ANSWERS";
}

/**
 * The day a round that ran to its end closed: the day after its end date, however late the job
 * or a page noticed, so the evidence it becomes is dated the same whoever closes it.
 */
export function closeDateAtEnd(endsOn: IsoDate): IsoDate {
  return addDays(endsOn, 1);
}
