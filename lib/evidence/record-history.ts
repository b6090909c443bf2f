import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { EvidenceChange } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/evidence/scope";

type Entry = { evidenceId: string; organisationId: string; change: EvidenceChange; actorId: string; changes: Prisma.InputJsonValue };

/** Writes one history row. Always called inside the transaction that makes the change. */
export async function recordHistory(tx: Tx, entry: Entry): Promise<void> {
  await tx.evidenceHistory.create({ data: entry });
}

/** Marks an item as changed (for optimistic locking) by whoever changed it. */
export async function touchEvidence(tx: Tx, evidenceId: string, actorId: string): Promise<void> {
  await tx.evidenceItem.update({ where: { id: evidenceId }, data: { version: { increment: 1 }, updatedById: actorId } });
}
