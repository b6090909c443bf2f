import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { dbDateToIso, formatIsoDate } from "@/lib/dates";

type Reader = Pick<Prisma.TransactionClient, "visit" | "feedbackRound">;

/** Visits in these states are under way: the assessors may still be gathering what people say. */
const VISIT_UNDER_WAY = ["SCHEDULED", "IN_PROGRESS", "REPORT_SUBMITTED"] as const;

export const VISIT_UNDER_WAY_MESSAGE =
  "You cannot open a feedback round while an assessment visit is in progress. Answers gathered during a visit could look as if they were collected for the assessors. You can open a round once the scheme team has made its decision on the visit.";

/**
 * Why the organisation cannot open a feedback round now, in plain English, or null when it can:
 * an assessment visit in progress, or another round still open. Call it after overdue rounds are
 * closed, so a round past its end date does not count as open.
 */
export async function openingBlocker(reader: Reader, organisationId: string): Promise<string | null> {
  const visits = await reader.visit.count({ where: { organisationId, status: { in: [...VISIT_UNDER_WAY] } } });
  if (visits > 0) return VISIT_UNDER_WAY_MESSAGE;
  const open = await reader.feedbackRound.findFirst({ where: { organisationId, status: "OPEN" }, select: { startsOn: true, endsOn: true } });
  if (open) {
    const dates = `${formatIsoDate(dbDateToIso(open.startsOn))} to ${formatIsoDate(dbDateToIso(open.endsOn))}`;
    return `You already have a feedback round open (${dates}). You can open another once it has closed: close it now from its page, or wait until its end date.`;
  }
  return null;
}
