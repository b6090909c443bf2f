import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { notFound } from "@/lib/errors";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { findPublishedCriteria } from "@/lib/evidence/criteria";
import { linkChanges } from "@/lib/evidence/history-changes";
import type { EvidenceKind, EvidenceSource, EvidenceType } from "@/lib/evidence/labels";
import { recordHistory, touchEvidence } from "@/lib/evidence/record-history";
import { evidenceWhere, type Tx } from "@/lib/evidence/scope";

export type LinkableEvidence = {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  evidenceDate: string;
  type: EvidenceType;
  source: EvidenceSource;
  kind: EvidenceKind;
  criterionIds: string[];
};

async function findEditable(tx: Tx, actor: Actor, organisationSlug: string, evidenceId: string) {
  const item = await tx.evidenceItem.findFirst({
    where: { id: evidenceId, deletedAt: null, ...evidenceWhere(actor, organisationSlug, "evidence:edit") },
    select: { id: true, organisationId: true },
  });
  if (!item) throw notFound("evidence");
  return item;
}

/**
 * Records that an evidence item supports a criterion of a published version of the standard.
 * Linking twice changes nothing. Evidence outside the actor's organisation, deleted evidence,
 * and unknown or draft criteria are all NOT_FOUND.
 */
export async function linkEvidence(actor: Actor, organisationSlug: string, evidenceId: string, criterionId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const item = await findEditable(tx, actor, organisationSlug, evidenceId);
    const [criterion] = await findPublishedCriteria(tx, [criterionId]);
    if (!criterion) throw notFound("criterion");
    const { count } = await tx.evidenceLink.createMany({ data: [{ evidenceId: item.id, criterionId: criterion.id, organisationId: item.organisationId }], skipDuplicates: true });
    if (count === 0) return;
    await touchEvidence(tx, item.id, actor.userId);
    await recordHistory(tx, { evidenceId: item.id, organisationId: item.organisationId, change: "LINKED", actorId: actor.userId, changes: linkChanges(criterion) });
  });
}

/** Removes a link between an evidence item and a criterion. Unlinking twice changes nothing. */
export async function unlinkEvidence(actor: Actor, organisationSlug: string, evidenceId: string, criterionId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const item = await findEditable(tx, actor, organisationSlug, evidenceId);
    const criterion = await tx.criterion.findUnique({ where: { id: criterionId }, select: { id: true, code: true } });
    if (!criterion) throw notFound("criterion");
    const { count } = await tx.evidenceLink.deleteMany({ where: { evidenceId: item.id, criterionId: criterion.id } });
    if (count === 0) return;
    await touchEvidence(tx, item.id, actor.userId);
    await recordHistory(tx, { evidenceId: item.id, organisationId: item.organisationId, change: "UNLINKED", actorId: actor.userId, changes: linkChanges(criterion) });
  });
}

/** The organisation's evidence that is not deleted, newest first, with the criteria each supports. */
export async function listLinkableEvidence(actor: Actor, organisationSlug: string): Promise<LinkableEvidence[]> {
  const organisation = await getOrganisation(actor, organisationSlug, "evidence:view");
  const items = await db().evidenceItem.findMany({
    where: { organisationId: organisation.id, deletedAt: null },
    select: { id: true, title: true, evidenceDate: true, type: true, source: true, kind: true, links: { select: { criterionId: true } } },
    orderBy: [{ evidenceDate: "desc" }, { title: "asc" }],
  });
  return items.map((i) => ({
    id: i.id,
    title: i.title,
    evidenceDate: i.evidenceDate.toISOString().slice(0, 10),
    type: i.type,
    source: i.source,
    kind: i.kind,
    criterionIds: i.links.map((l) => l.criterionId),
  }));
}
