import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import type { EvidenceFilters } from "@/lib/evidence/filters";
import type { EvidenceKind, EvidenceSource, EvidenceType } from "@/lib/evidence/labels";

export type EvidenceRow = {
  id: string;
  title: string;
  kind: EvidenceKind;
  type: EvidenceType;
  source: EvidenceSource;
  /** YYYY-MM-DD */
  evidenceDate: string;
  criteriaCount: number;
};

/**
 * The organisation's evidence library (not deleted), newest evidence first, optionally only
 * one type or only items supporting a criterion of one statement. `total` counts the whole
 * library, so the page can tell "no evidence yet" from "none matches these filters".
 */
export async function listEvidence(actor: Actor, organisationSlug: string, filters: EvidenceFilters = {}): Promise<{ items: EvidenceRow[]; total: number }> {
  const organisation = await getOrganisation(actor, organisationSlug, "evidence:view");
  const base = { organisationId: organisation.id, deletedAt: null };
  const [rows, total] = await Promise.all([
    db().evidenceItem.findMany({
      where: {
        ...base,
        ...(filters.type ? { type: filters.type } : {}),
        ...(filters.statement ? { links: { some: { criterion: { statement: { number: filters.statement } } } } } : {}),
      },
      select: { id: true, title: true, kind: true, type: true, source: true, evidenceDate: true, _count: { select: { links: true } } },
      orderBy: [{ evidenceDate: "desc" }, { title: "asc" }],
    }),
    db().evidenceItem.count({ where: base }),
  ]);
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      kind: r.kind,
      type: r.type,
      source: r.source,
      evidenceDate: r.evidenceDate.toISOString().slice(0, 10),
      criteriaCount: r._count.links,
    })),
  };
}
