import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { notFound } from "@/lib/errors";
import { deletedChanges } from "@/lib/evidence/history-changes";
import { recordHistory } from "@/lib/evidence/record-history";
import { evidenceWhere } from "@/lib/evidence/scope";

/**
 * Deletes an evidence item softly: it disappears from the library and from scoring but can be
 * restored for 30 days (see restoreEvidence). Its links and file are kept, so an undo brings
 * everything back as it was.
 */
export async function deleteEvidence(actor: Actor, organisationSlug: string, evidenceId: string, now: Date = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const item = await tx.evidenceItem.findFirst({
      where: { id: evidenceId, deletedAt: null, ...evidenceWhere(actor, organisationSlug, "evidence:edit") },
      select: { id: true, organisationId: true },
    });
    if (!item) throw notFound("evidence");
    // deletedAt in the filter: of two people deleting at once, only one records it.
    const { count } = await tx.evidenceItem.updateMany({
      where: { id: item.id, deletedAt: null },
      data: { deletedAt: now, version: { increment: 1 }, updatedById: actor.userId },
    });
    if (count === 0) throw notFound("evidence");
    await recordHistory(tx, { evidenceId: item.id, organisationId: item.organisationId, change: "DELETED", actorId: actor.userId, changes: deletedChanges(now) });
  });
}
