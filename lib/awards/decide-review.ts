import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { todayInLondon, type IsoDate } from "@/lib/dates";
import { assertSchemeAdmin, invalid, lockAward } from "@/lib/awards/access";
import { awardPageLine, emailOrganisationAdmins } from "@/lib/awards/award-emails";
import { loadInvolvement } from "@/lib/awards/involvement";
import { involvementReason } from "@/lib/awards/rules";
import { reviewDecisionSchema } from "@/lib/awards/schemas";

const levelWords = (level: number) => (level === 0 ? "no award: the award is revoked" : `level ${level}`);

/**
 * A scheme admin who took no part in the decision (not the issuer, not whoever sent the
 * factual-accuracy check or responded to its points) decides an open review: the level after
 * review, lower or higher than now, and why. Level 0 revokes the award. The organisation's
 * administrators are emailed the outcome.
 */
export async function decideReview(actor: Actor, awardId: string, input: unknown, options: { today?: IsoDate } = {}): Promise<void> {
  assertSchemeAdmin(actor);
  const today = options.today ?? todayInLondon();
  await db().$transaction(async (tx) => {
    const award = await lockAward(tx, awardId, today);
    if (award.review?.status !== "REQUESTED") throw new AppError("CONFLICT", award.review ? "This review has already been decided." : "Nobody has asked for a review of this award.");
    const involved = involvementReason(await loadInvolvement(tx, award.id), actor.userId);
    if (involved) throw new AppError("FORBIDDEN", involved);
    if (award.status === "REVOKED" || award.status === "SUPERSEDED") throw new AppError("CONFLICT", "This award is no longer in force, so the review cannot change it.");
    const parsed = reviewDecisionSchema.safeParse(input);
    if (!parsed.success) throw invalid(parsed.error);
    const { outcomeLevel, reason } = parsed.data;

    const now = new Date();
    await tx.awardReview.update({
      where: { id: award.review.id },
      data: { status: "DECIDED", decidedAt: now, decidedById: actor.userId, outcomeLevel, outcomeReason: reason },
    });
    const revoked = outcomeLevel === 0;
    await tx.award.update({
      where: { id: award.id },
      data: revoked
        ? { level: 0, status: "REVOKED", statusReason: reason, statusChangedAt: now, statusChangedById: actor.userId }
        : { level: outcomeLevel },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: award.organisationId,
      action: "award.review.decided",
      entityType: "Award",
      entityId: award.id,
      before: { reviewId: award.review.id, reviewStatus: "REQUESTED", level: award.level, status: award.status },
      after: { reviewId: award.review.id, reviewStatus: "DECIDED", level: outcomeLevel, status: revoked ? "REVOKED" : award.status },
    });
    const change = outcomeLevel === award.level ? `The award stays at level ${award.level}.` : `The award changes from level ${award.level} to ${levelWords(outcomeLevel)}.`;
    await emailOrganisationAdmins(tx, award.organisationId, {
      subject: `The review of the award for ${award.organisationName} has been decided`,
      text: `A scheme administrator who took no part in the original decision has reviewed the award for ${award.organisationName}.\n\n${change}\n\nThe reason for the decision:\n${reason}\n\nThe decision on a review is final.\n\n${awardPageLine(award.organisationSlug)}`,
    });
  });
}
