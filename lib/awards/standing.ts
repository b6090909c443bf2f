// How an award stands on a given day, as the verification page, the register and the API say it.
// Pure, so every case is unit-tested.
import type { AwardStatus } from "@/generated/prisma/enums";

export type AwardStanding = "CURRENT" | "SUSPENDED" | "REVOKED" | "EXPIRED" | "SUPERSEDED";

export type StandingInput = {
  status: AwardStatus;
  /** ISO date (YYYY-MM-DD): the last day the award is valid. */
  expiresOn: string;
  reviewPending: boolean;
};

export type StandingView = { standing: AwardStanding; underReview: boolean; label: string };

const LABELS: Record<AwardStanding, string> = {
  CURRENT: "Current",
  SUSPENDED: "Suspended",
  REVOKED: "Revoked",
  EXPIRED: "Expired",
  SUPERSEDED: "Replaced by a newer award",
};

/** `today` is an ISO date in the scheme's time zone (Europe/London). */
export function awardStanding(award: StandingInput, today: string): StandingView {
  let standing: AwardStanding;
  if (award.status === "REVOKED") standing = "REVOKED";
  else if (award.status === "SUPERSEDED") standing = "SUPERSEDED";
  else if (award.expiresOn < today) standing = "EXPIRED";
  else if (award.status === "SUSPENDED") standing = "SUSPENDED";
  else standing = "CURRENT";
  const underReview = award.reviewPending && (standing === "CURRENT" || standing === "SUSPENDED");
  return { standing, underReview, label: underReview ? `${LABELS[standing]} (under review)` : LABELS[standing] };
}
