import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { todayInLondon, type IsoDate } from "@/lib/dates";
import { invalid, lockAward } from "@/lib/awards/access";
import { emailSchemeAdmins } from "@/lib/awards/award-emails";
import { reviewRequestRefusal } from "@/lib/awards/rules";
import { reviewRequestSchema } from "@/lib/awards/schemas";

/**
 * The organisation's administrator asks for a review of the award decision, on the ground that
 * the process was not followed. Once per award, up to and including its review due date. While
 * the review is open the award shows as "under review". The scheme team is told.
 */
export async function requestReview(actor: Actor, organisationSlug: string, awardId: string, input: unknown, options: { today?: IsoDate } = {}): Promise<void> {
  const today = options.today ?? todayInLondon();
  await db().$transaction(async (tx) => {
    const award = await lockAward(tx, awardId, today, { actor, slug: organisationSlug, permission: "assessment:request" });
    // The refusal comes before the form's problems: there is no point fixing words that cannot be sent.
    const refusal = reviewRequestRefusal(award, today);
    if (refusal) throw new AppError("CONFLICT", refusal);
    const parsed = reviewRequestSchema.safeParse(input);
    if (!parsed.success) throw invalid(parsed.error);

    const review = await tx.awardReview.create({ data: { awardId: award.id, grounds: parsed.data.grounds, requestedById: actor.userId }, select: { id: true } });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: award.organisationId,
      action: "award.review.requested",
      entityType: "Award",
      entityId: award.id,
      after: { reviewId: review.id, reviewStatus: "REQUESTED", level: award.level },
    });
    await emailSchemeAdmins(tx, {
      subject: `${award.organisationName} has asked for a review of its award`,
      text: `${award.organisationName} has asked for a review of its level ${award.level} award, saying the assessment process was not followed.\n\nA scheme administrator who took no part in the decision must decide it. Open Awards in scheme administration to read their grounds.`,
    });
  });
}
