import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * One entry in the append-only audit history. `before` and `after` hold ids, statuses, levels and
 * decisions: never free text people wrote about themselves or others (stories, observations,
 * reasons stay in their own tables, which the entry points to).
 */
export type AuditEntry = {
  actorUserId: string | null;
  organisationId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ip?: string;
};

type Writer = Pick<Prisma.TransactionClient, "auditEvent">;

/** Writes the entry with the caller's transaction client, so the entry and the change commit together. */
export async function recordAudit(tx: Writer, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorUserId: entry.actorUserId,
      organisationId: entry.organisationId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      ...(entry.before === undefined ? {} : { before: entry.before }),
      ...(entry.after === undefined ? {} : { after: entry.after }),
      ...(entry.ip === undefined ? {} : { ip: entry.ip }),
    },
  });
}
