import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, openForWriting } from "@/lib/visit-record/access";
import { evidenceReviewSchema } from "@/lib/visit-record/schemas";
import { assertInSnapshot, visitSnapshot } from "@/lib/visit-record/snapshot-lookup";

/**
 * Records the signed-in assessor's decision on one item of the frozen evidence: accepted, or not
 * accepted with a reason. Only ever their own row; saving again replaces it. The decision (not the
 * reason) goes in the audit history.
 */
export async function recordEvidenceReview(actor: Actor, visitId: string, evidenceId: string, input: unknown): Promise<void> {
  const parsed = evidenceReviewSchema.safeParse(input);
  await db().$transaction(async (tx) => {
    const access = await openForWriting(actor, visitId, tx);
    const snapshot = await visitSnapshot(tx, access.id);
    assertInSnapshot(snapshot.evidence.some((e) => e.id === evidenceId), "evidence item");
    // Validated after the access check, so nobody outside the visit learns anything from errors.
    if (!parsed.success) throw invalid(parsed.error);
    const { decision, reason } = parsed.data;
    const key = { visitId: access.id, evidenceId, assessorUserId: actor.userId };
    const previous = await tx.visitEvidenceReview.findUnique({ where: { visitId_evidenceId_assessorUserId: key }, select: { decision: true } });
    await tx.visitEvidenceReview.upsert({
      where: { visitId_evidenceId_assessorUserId: key },
      create: { ...key, decision, reason },
      update: { decision, reason },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      action: "visit.evidence.reviewed",
      entityType: "Visit",
      entityId: access.id,
      ...(previous ? { before: { evidenceId, decision: previous.decision } } : {}),
      after: { evidenceId, decision, assessorUserId: actor.userId },
    });
  });
}
