import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { notFound } from "@/lib/errors";
import type { EvidenceFields } from "@/lib/evidence/labels";
import { isRestorable } from "@/lib/evidence/retention";
import { evidenceWhere } from "@/lib/evidence/scope";

export type LinkedCriterion = { id: string; code: string; text: string; statementNumber: number; frameworkVersion: number };

export type EvidenceDetails = EvidenceFields & {
  id: string;
  file: { filename: string; mimeType: string; size: number; sha256: string } | null;
  version: number;
  createdBy: string | null;
  createdAt: Date;
  updatedBy: string | null;
  updatedAt: Date;
  deletedAt: Date | null;
  canRestore: boolean;
  criteria: LinkedCriterion[];
};

/**
 * One evidence item with the criteria it supports, for those who may view the organisation's
 * evidence. A deleted item is still returned (with `deletedAt`) so its page can offer an undo.
 */
export async function getEvidence(actor: Actor, organisationSlug: string, evidenceId: string, now: Date = new Date()): Promise<EvidenceDetails> {
  const item = await db().evidenceItem.findFirst({
    where: { id: evidenceId, ...evidenceWhere(actor, organisationSlug, "evidence:view") },
    select: {
      id: true, kind: true, title: true, description: true, evidenceDate: true, type: true, source: true, consentGiven: true, consentNote: true,
      url: true, body: true, version: true, createdAt: true, updatedAt: true, deletedAt: true,
      file: { select: { filename: true, mimeType: true, size: true, sha256: true } },
      createdBy: { select: { name: true } },
      updatedBy: { select: { name: true } },
      links: {
        select: { criterion: { select: { id: true, code: true, text: true, statement: { select: { number: true, frameworkVersion: { select: { version: true } } } } } } },
      },
    },
  });
  if (!item) throw notFound("evidence");
  const criteria = item.links
    .map(({ criterion: c }) => ({ id: c.id, code: c.code, text: c.text, statementNumber: c.statement.number, frameworkVersion: c.statement.frameworkVersion.version }))
    .sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }) || b.frameworkVersion - a.frameworkVersion);
  return {
    ...item,
    evidenceDate: item.evidenceDate.toISOString().slice(0, 10),
    createdBy: item.createdBy?.name ?? null,
    updatedBy: item.updatedBy?.name ?? null,
    canRestore: item.deletedAt ? isRestorable(item.deletedAt, now) : false,
    criteria,
  };
}
