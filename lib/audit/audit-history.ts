import "server-only";
import type { Prisma } from "@/generated/prisma/client";

export type AuditHistoryRow = {
  id: string;
  at: Date;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
};

type Reader = Pick<Prisma.TransactionClient, "auditEvent" | "user">;

/**
 * The history of the given records, newest first, with the names of who acted. Callers decide
 * (through their own scoped checks) which records the actor may see the history of.
 */
export async function auditHistoryFor(reader: Reader, records: { entityType: string; entityIds: string[] }[], limit = 200): Promise<AuditHistoryRow[]> {
  if (records.length === 0) return [];
  const events = await reader.auditEvent.findMany({
    where: { OR: records.map((r) => ({ entityType: r.entityType, entityId: { in: r.entityIds } })) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
  });
  const actorIds = [...new Set(events.map((e) => e.actorUserId).filter((id): id is string => id !== null))];
  const users = actorIds.length === 0 ? [] : await reader.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return events.map((e) => ({
    id: e.id.toString(),
    at: e.at,
    actorName: e.actorUserId ? (names.get(e.actorUserId) ?? null) : null,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before,
    after: e.after,
  }));
}
