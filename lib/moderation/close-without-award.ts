import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/access/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { LockedVisit } from "@/lib/moderation/access";
import { noAwardMails, organisationAdmins, queueAll } from "@/lib/moderation/emails";

/**
 * Closes the assessment without an award, with the reason the organisation is told. Closing the
 * visit ends the assessors' access to it; the request is complete; the organisation's admins are
 * emailed. Called inside decideVisit's
 * transaction, after every check.
 */
export async function closeWithoutAward(tx: Prisma.TransactionClient, actor: Actor, visit: LockedVisit, reason: string, now: Date): Promise<{ outcome: "NO_AWARD" }> {
  await tx.visitReport.update({ where: { visitId: visit.id }, data: { noAwardDecidedAt: now, noAwardDecidedById: actor.userId, noAwardReason: reason } });
  await tx.visit.update({ where: { id: visit.id }, data: { status: "CLOSED" } });
  await tx.assessmentRequest.update({ where: { id: visit.assessmentRequestId }, data: { status: "COMPLETED" } });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    organisationId: visit.organisationId,
    action: "visit.closed_without_award",
    entityType: "Visit",
    entityId: visit.id,
    before: { status: visit.status },
    after: { status: "CLOSED", verifiedLevel: visit.report?.verifiedLevel ?? null },
  });
  await queueAll(tx, noAwardMails(await organisationAdmins(tx, visit.organisationId), visit.organisation));
  return { outcome: "NO_AWARD" };
}
