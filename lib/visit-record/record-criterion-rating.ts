import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { invalid, openForWriting } from "@/lib/visit-record/access";
import { criterionRatingSchema } from "@/lib/visit-record/schemas";
import { assertInSnapshot, visitSnapshot } from "@/lib/visit-record/snapshot-lookup";

/**
 * Records the signed-in assessor's rating of one criterion, met or not met, with what they saw
 * or heard (required for not met). Only ever their own row; saving again replaces it.
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
    await tx.visitCriterionRating.upsert({
      where: { visitId_criterionId_assessorUserId: key },
      create: { ...key, rating, observation },
      update: { rating, observation },
    });
  });
}
