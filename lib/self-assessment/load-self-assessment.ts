import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AppError } from "@/lib/errors";
import { getOrganisation, type OrganisationView } from "@/lib/organisations/get-organisation";
import { getCurrentFramework, getFrameworkById, type FrameworkView } from "@/lib/standard/get-framework";
import { scoreOrganisation, type ScoringResult } from "@/lib/scoring";
import { buildSelfScoringInput, type EvidenceForScoring } from "@/lib/self-assessment/scoring-input";
import { dbDateToIso, todayInLondon } from "@/lib/dates";

export type StatementStatus = "NOT_STARTED" | "IN_PROGRESS" | "READY";

export type AnswerView = { criterionId: string; claim: "NOT_YET" | "PARTLY" | "YES"; account: string; version: number; updatedAt: Date };

export type SelfAssessmentView = {
  organisation: OrganisationView;
  framework: FrameworkView;
  selfAssessmentId: string | null;
  answers: Map<string, AnswerView>;
  statusByStatement: Map<number, StatementStatus>;
  evidence: Array<EvidenceForScoring & { title: string; kind: string; type: string }>;
  result: ScoringResult;
  today: string;
};

/**
 * Everything about an organisation's self-assessment: the framework it is made against (the one
 * it started on, else the current published one), its answers, its live evidence and the
 * self-assessed result from the scoring engine.
 */
export async function loadSelfAssessment(actor: Actor, organisationSlug: string): Promise<SelfAssessmentView> {
  const organisation = await getOrganisation(actor, organisationSlug, "assessment:view");
  const existing = await db().selfAssessment.findFirst({
    where: { organisationId: organisation.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      frameworkVersionId: true,
      answers: { select: { criterionId: true, claim: true, account: true, version: true, updatedAt: true } },
      statements: { select: { statementNumber: true } },
    },
  });
  const framework = existing ? await getFrameworkById(existing.frameworkVersionId) : await getCurrentFramework();
  if (!framework) throw new AppError("CONFLICT", "The standard has not been published yet, so there is nothing to assess against.");

  const evidenceRows = await db().evidenceItem.findMany({
    where: { organisationId: organisation.id, deletedAt: null },
    select: { id: true, title: true, kind: true, type: true, source: true, evidenceDate: true, links: { select: { criterionId: true } } },
    orderBy: { evidenceDate: "desc" },
  });
  const evidence = evidenceRows.map((e) => ({
    id: e.id,
    title: e.title,
    kind: e.kind,
    type: e.type,
    source: e.source,
    evidenceDate: dbDateToIso(e.evidenceDate),
    criterionIds: e.links.map((l) => l.criterionId),
  }));

  const answers = new Map((existing?.answers ?? []).map((a) => [a.criterionId, a]));
  const ready = new Set((existing?.statements ?? []).map((s) => s.statementNumber));
  const statusByStatement = new Map<number, StatementStatus>(
    framework.statements.map((s) => [s.number, ready.has(s.number) ? "READY" : s.criteria.some((c) => answers.has(c.id)) ? "IN_PROGRESS" : "NOT_STARTED"]),
  );
  const today = todayInLondon();
  const result = scoreOrganisation(buildSelfScoringInput(framework, [...answers.values()], evidence, today));
  return { organisation, framework, selfAssessmentId: existing?.id ?? null, answers, statusByStatement, evidence, result, today };
}
