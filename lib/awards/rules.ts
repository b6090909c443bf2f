// The rules of an award's life after it is issued: who may decide a review, how far a missed
// condition takes the level down, when a review may be asked for, which status changes are
// allowed, and when renewal opens. Pure, so each rule is unit-tested without a database.
import type { AwardStatus } from "@/generated/prisma/enums";
import type { AwardStanding } from "@/lib/awards/standing";
import { formatIsoDate, type IsoDate } from "@/lib/dates";
import { REVIEW_WORKING_DAYS } from "@/lib/moderation/award-terms";
import { addWorkingDays } from "@/lib/working-days";

/** CQC's figure: one request for review within 15 working days of the decision (set on issue). */
export const REVIEW_WINDOW_WORKING_DAYS = REVIEW_WORKING_DAYS;

/** Renewal opens this many calendar days before the award expires. */
export const RENEWAL_WINDOW_DAYS = 90;

/** The last day an organisation may ask for a review of an award issued on `issuedOn`. */
export function reviewDueOnFor(issuedOn: IsoDate): IsoDate {
  return addWorkingDays(issuedOn, REVIEW_WINDOW_WORKING_DAYS);
}

export type Involvement = {
  issuedById: string | null;
  accuracyCheckSentById: string | null;
  /** Everyone who responded to one of the organisation's factual-accuracy points. */
  accuracyPointResponderIds: readonly (string | null)[];
};

/**
 * Why this scheme admin took part in the decision under review, or null when they did not.
 * A review is only fair when decided by someone who did not make the decision.
 */
export function involvementReason(involvement: Involvement, adminUserId: string): string | null {
  if (involvement.issuedById === adminUserId) return "You issued this award, so you cannot decide the review of it.";
  if (involvement.accuracyCheckSentById === adminUserId) return "You sent the factual accuracy check for this visit, so you cannot decide the review of the award.";
  if (involvement.accuracyPointResponderIds.includes(adminUserId)) return "You responded to the organisation's factual accuracy points for this visit, so you cannot decide the review of the award.";
  return null;
}

/** The levels a missed condition may take an award down to, highest first; 0 revokes it. */
export function reductionChoices(currentLevel: number): number[] {
  const choices: number[] = [];
  for (let level = currentLevel - 1; level >= 0; level--) choices.push(level);
  return choices;
}

/** Null when `newLevel` is a real reduction of `currentLevel`; otherwise why it is not. */
export function reductionProblem(currentLevel: number, newLevel: number): string | null {
  if (!Number.isInteger(newLevel) || newLevel < 0) return "Choose the award's new level";
  if (newLevel >= currentLevel) return `A missed condition must lower the award: choose a level below level ${currentLevel}, or revoke the award`;
  return null;
}

export type ReviewRequestState = {
  status: AwardStatus;
  /** The review already asked for, if any: one per award. */
  review: { status: "REQUESTED" | "DECIDED" } | null;
  reviewDueOn: IsoDate;
};

/** Null when the organisation may ask for a review today; otherwise a kind explanation. */
export function reviewRequestRefusal(award: ReviewRequestState, today: IsoDate): string | null {
  if (award.review?.status === "REQUESTED") return "You have already asked for a review of this award. The scheme team will write to you with their decision.";
  if (award.review?.status === "DECIDED") return "This award has already been reviewed. Each award can be reviewed once, and the decision on the review is final.";
  if (award.status === "REVOKED" || award.status === "SUPERSEDED") return "This award is no longer in force, so it cannot be reviewed.";
  if (today > award.reviewDueOn) return `The time to ask for a review ended on ${formatIsoDate(award.reviewDueOn)}, ${REVIEW_WINDOW_WORKING_DAYS} working days after the award was issued.`;
  return null;
}

export type StatusChange = "suspend" | "reinstate" | "revoke";

export const STATUS_CHANGES: readonly StatusChange[] = ["suspend", "reinstate", "revoke"];

const TARGET: Record<StatusChange, AwardStatus> = { suspend: "SUSPENDED", reinstate: "ACTIVE", revoke: "REVOKED" };

/** The status a change leads to, or why it cannot be made to an award that stands as it does. */
export function statusChangeOutcome(change: StatusChange, status: AwardStatus, standing: AwardStanding): { to: AwardStatus } | { refusal: string } {
  if (status === "REVOKED") return { refusal: "This award has been revoked. Revoking is final, so nothing more can change." };
  if (status === "SUPERSEDED") return { refusal: "This award has been replaced by a newer one, so it cannot be changed." };
  if (change === "revoke") return { to: TARGET.revoke };
  if (standing === "EXPIRED") return { refusal: "This award has expired, so it cannot be suspended or reinstated." };
  if (change === "suspend" && status !== "ACTIVE") return { refusal: "This award is already suspended." };
  if (change === "reinstate" && status !== "SUSPENDED") return { refusal: "Only a suspended award can be reinstated." };
  return { to: TARGET[change] };
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The first day renewal is open for an award still in force. */
export function renewalOpensOn(expiresOn: IsoDate): IsoDate {
  const day = new Date(`${expiresOn}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - RENEWAL_WINDOW_DAYS);
  return day.toISOString().slice(0, 10);
}

/**
 * Renewal opens when the award expires within 90 days, has expired, or was revoked. A replaced
 * award needs no renewal: its successor is the one to renew.
 */
export function renewalOpen(award: { standing: AwardStanding; expiresOn: IsoDate }, today: IsoDate): boolean {
  if (award.standing === "SUPERSEDED") return false;
  if (award.standing === "EXPIRED" || award.standing === "REVOKED") return true;
  return today >= renewalOpensOn(award.expiresOn);
}
