import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import type { EvidenceType } from "@/lib/evidence/labels";
import { restorableUntil, restoreCutoff } from "@/lib/evidence/retention";

export type DeletedEvidenceRow = { id: string; title: string; type: EvidenceType; deletedAt: Date; deletedBy: string | null; restorableUntil: Date };

/** Evidence deleted in the last 30 days, most recently deleted first: what can still be restored. */
export async function listDeletedEvidence(actor: Actor, organisationSlug: string, now: Date = new Date()): Promise<DeletedEvidenceRow[]> {
  const organisation = await getOrganisation(actor, organisationSlug, "evidence:view");
  const rows = await db().evidenceItem.findMany({
    where: { organisationId: organisation.id, deletedAt: { gte: restoreCutoff(now) } },
    select: { id: true, title: true, type: true, deletedAt: true, updatedBy: { select: { name: true } } },
    orderBy: { deletedAt: "desc" },
  });
  return rows.flatMap((r) =>
    r.deletedAt
      ? [{ id: r.id, title: r.title, type: r.type, deletedAt: r.deletedAt, deletedBy: r.updatedBy?.name ?? null, restorableUntil: restorableUntil(r.deletedAt) }]
      : [],
  );
}
