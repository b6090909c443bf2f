import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { notFound } from "@/lib/errors";
import { describeChanges, type HistoryChange } from "@/lib/evidence/describe-history";
import { evidenceWhere } from "@/lib/evidence/scope";

export type HistoryEntry = { id: string; change: HistoryChange; by: string | null; at: Date; lines: string[] };

/**
 * Every change to one evidence item, newest first: who, when and what changed, in words.
 * File bytes are never part of history, only a file's name, size and fingerprint.
 */
export async function getEvidenceHistory(actor: Actor, organisationSlug: string, evidenceId: string): Promise<{ id: string; title: string; deleted: boolean; entries: HistoryEntry[] }> {
  const item = await db().evidenceItem.findFirst({
    where: { id: evidenceId, ...evidenceWhere(actor, organisationSlug, "evidence:view") },
    select: {
      id: true,
      title: true,
      deletedAt: true,
      history: {
        select: { id: true, change: true, changes: true, createdAt: true, actor: { select: { name: true } } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      },
    },
  });
  if (!item) throw notFound("evidence");
  return {
    id: item.id,
    title: item.title,
    deleted: item.deletedAt !== null,
    entries: item.history.map((h) => ({ id: h.id, change: h.change, by: h.actor?.name ?? null, at: h.createdAt, lines: describeChanges(h.change, h.changes) })),
  };
}
