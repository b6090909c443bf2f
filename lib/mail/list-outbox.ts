import "server-only";
import { db } from "@/lib/db/client";
import { forbidden } from "@/lib/errors";
import { hasRole } from "@/lib/access/permissions";
import type { Actor } from "@/lib/access/actor";

export type OutboxEntry = { id: string; to: string; subject: string; text: string; createdAt: Date; sentAt: Date | null };

/** The latest emails the app has sent, for a scheme admin on the development outbox page. */
export async function listOutbox(actor: Actor, limit = 50): Promise<OutboxEntry[]> {
  if (!hasRole(actor, "SCHEME_ADMIN")) throw forbidden();
  return db().outboxEmail.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
