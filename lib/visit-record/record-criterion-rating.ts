import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, openForWriting } from "@/lib/visit-record/access";
import { criterionRatingSchema } from "@/lib/visit-record/schemas";
import { assertInSnapshot, visitSnapshot } from "@/lib/visit-record/snapshot-lookup";

/**
 * Records the signed-in assessor's rating of one criterion, met or not met, with what they saw
 * or heard (required for not met). Only ever their own row; saving again replaces it. The rating
 * (not the observation) goes in the audit history.
 */
export async function recordCriterionRating(actor: Actor, visitId: string, criterionId: string, input: unknown): Promise<void> {
  const parsed = criterionRatingSchema.safeParse(input);
  await db().$transaction(async (tx) => {
    const access = await openForWriting(actor, visitId, tx);
    const snapshot = await visitSnapshot(tx, access.id);
    assertInSnapshot(snapshot.statements.some((s) => s.criteria.some((c) => c.id === criterionId)), "criterion");
    if (!parsed.success) throw invalid(parsed.error);
    const { rating, observation } = parsed.data;
    const key = { visitId: access.id, criterionId, assessorUserId: actor.userId };
    const previous = await tx.visitCriterionRating.findUnique({ where: { visitId_criterionId_assessorUserId: key }, select: { rating: true } });
    await tx.visitCriterionRating.upsert({
      where: { visitId_criterionId_assessorUserId: key },
      create: { ...key, rating, observation },
      update: { rating, observation },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      action: "visit.criterion.rated",
      entityType: "Visit",
      entityId: access.id,
      ...(previous ? { before: { criterionId, rating: previous.rating } } : {}),
      after: { criterionId, rating, assessorUserId: actor.userId },
    });
  });
}
