import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AppError, notFound } from "@/lib/errors";
import { restoredChanges } from "@/lib/evidence/history-changes";
import { recordHistory } from "@/lib/evidence/record-history";
import { RESTORE_DAYS, isRestorable, restoreCutoff } from "@/lib/evidence/retention";
import { evidenceWhere } from "@/lib/evidence/scope";

/**
 * Undoes the deletion of an evidence item, with its links, if it was deleted in the last 30
 * days. Older deletions are refused with a message that says why.
 */
export async function restoreEvidence(actor: Actor, organisationSlug: string, evidenceId: string, now: Date = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const item = await tx.evidenceItem.findFirst({
      where: { id: evidenceId, deletedAt: { not: null }, ...evidenceWhere(actor, organisationSlug, "evidence:edit") },
      select: { id: true, organisationId: true, deletedAt: true },
    });
    if (!item?.deletedAt) throw notFound("deleted evidence");
    if (!isRestorable(item.deletedAt, now)) {
      throw new AppError("CONFLICT", `This evidence was deleted more than ${RESTORE_DAYS} days ago, so it can no longer be restored. Add it again if you still need it.`);
    }
    const { count } = await tx.evidenceItem.updateMany({
      where: { id: item.id, deletedAt: { gte: restoreCutoff(now) } },
      data: { deletedAt: null, version: { increment: 1 }, updatedById: actor.userId },
    });
    if (count === 0) throw notFound("deleted evidence");
    await recordHistory(tx, { evidenceId: item.id, organisationId: item.organisationId, change: "RESTORED", actorId: actor.userId, changes: restoredChanges(item.deletedAt) });
  });
}
