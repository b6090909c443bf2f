// Where a visit is in moderation, from its status and its factual-accuracy check. Pure.
import type { VisitStatus } from "@/generated/prisma/enums";
import { formatIsoDate, type IsoDate } from "@/lib/dates";

export type ModerationStage = "IN_PROGRESS" | "REPORT_RECEIVED" | "WITH_ORGANISATION" | "READY_TO_DECIDE" | "CLOSED";

export type CheckState = { dueOn: IsoDate; responded: boolean };

export const STAGES: ReadonlyArray<{ stage: ModerationStage; heading: string; empty: string }> = [
  { stage: "READY_TO_DECIDE", heading: "Ready to decide", empty: "No report is waiting for a decision." },
  { stage: "REPORT_RECEIVED", heading: "Report received: send it for a factual-accuracy check", empty: "No report is waiting to be sent." },
  { stage: "WITH_ORGANISATION", heading: "With the organisation for checking", empty: "No organisation is checking a report." },
  { stage: "IN_PROGRESS", heading: "Visits in progress", empty: "No visit is in progress." },
  { stage: "CLOSED", heading: "Closed", empty: "No visit has been closed yet." },
];

/**
 * The check is over when the organisation has replied, or once its last day (`dueOn`) has passed:
 * on the due day itself the organisation may still reply.
 */
export function checkIsOver(check: CheckState, today: IsoDate): boolean {
  return check.responded || today > check.dueOn;
}

export function moderationStage(status: VisitStatus, check: CheckState | null, today: IsoDate): ModerationStage {
  if (status === "CLOSED" || status === "CANCELLED") return "CLOSED";
  if (status !== "REPORT_SUBMITTED") return "IN_PROGRESS";
  if (!check) return "REPORT_RECEIVED";
  return checkIsOver(check, today) ? "READY_TO_DECIDE" : "WITH_ORGANISATION";
}

export const ALREADY_DECIDED = "A decision has already been made on this visit. Nothing has been changed.";
export const NO_REPORT = "An award cannot be issued without a submitted report.";

export type DecisionState = {
  status: VisitStatus;
  hasReport: boolean;
  check: (CheckState & { unansweredPoints: number }) | null;
};

/**
 * Why the visit cannot be decided yet, or null when it can: the report must be submitted, sent for
 * the factual-accuracy check, the check over and every point answered. The page and the service
 * use the same words.
 */
export function decisionBlocker(visit: DecisionState, today: IsoDate): string | null {
  if (visit.status === "CLOSED") return ALREADY_DECIDED;
  if (visit.status !== "REPORT_SUBMITTED" || !visit.hasReport) return NO_REPORT;
  const check = visit.check;
  if (!check) return "Send the report for a factual-accuracy check first: the organisation must have the chance to point out factual errors before the decision.";
  if (!checkIsOver(check, today)) return `The organisation has until ${formatIsoDate(check.dueOn)} to check the report. You can decide once it replies or that day has passed.`;
  if (check.unansweredPoints > 0) return `Respond to each point the organisation raised before deciding (${check.unansweredPoints} still to answer).`;
  return null;
}
