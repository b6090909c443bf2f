import "server-only";
import { getCurrentFramework } from "@/lib/standard/get-framework";
import { notFound } from "@/lib/errors";
import type { CriterionRef } from "@/lib/evidence/history-changes";
import type { Tx } from "@/lib/evidence/scope";

export type CriterionOption = { id: string; code: string; level: number; text: string };
export type StatementOption = { number: number; text: string; criteria: CriterionOption[] };

/** The current published standard's criteria, grouped by statement, for checkboxes and filters. */
export async function criteriaForEvidence(): Promise<{ version: number | null; statements: StatementOption[] }> {
  const framework = await getCurrentFramework();
  if (!framework) return { version: null, statements: [] };
  const statements = framework.statements.map((s) => ({
    number: s.number,
    text: s.text,
    criteria: s.criteria.map((c) => ({ id: c.id, code: c.code, level: c.level, text: c.text })),
  }));
  return { version: framework.version, statements };
}

/**
 * The criteria with these ids, each in a PUBLISHED version of the standard. Evidence is never
 * linked to a draft's criteria (drafts change and may never be published); an unknown or draft
 * id is "not found", like any other id outside the actor's reach.
 */
export async function findPublishedCriteria(tx: Tx, ids: readonly string[]): Promise<CriterionRef[]> {
  if (ids.length === 0) return [];
  const rows = await tx.criterion.findMany({
    where: { id: { in: [...ids] }, statement: { frameworkVersion: { status: "PUBLISHED" } } },
    select: { id: true, code: true },
  });
  if (rows.length !== new Set(ids).size) throw notFound("criterion");
  return rows;
}

/** Ids of the current published version's criteria (links to older versions are left alone). */
export async function currentCriterionIds(tx: Tx): Promise<Set<string>> {
  const framework = await tx.frameworkVersion.findFirst({
    where: { status: "PUBLISHED" },
    orderBy: { version: "desc" },
    select: { statements: { select: { criteria: { select: { id: true } } } } },
  });
  return new Set(framework?.statements.flatMap((s) => s.criteria.map((c) => c.id)) ?? []);
}
