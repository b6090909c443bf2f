// Builds the scoring engine's input for a self-assessment. Pure, so it is unit-tested directly.
import type { ScoringInput } from "@/lib/scoring";

export type FrameworkForScoring = { statements: Array<{ number: number; text: string; criteria: Array<{ id: string; code: string; level: number }> }> };
export type AnswerForScoring = { criterionId: string; claim: "NOT_YET" | "PARTLY" | "YES" };
export type EvidenceForScoring = {
  id: string;
  evidenceDate: string;
  source: "ORGANISATION" | "PEOPLE_WHO_USE_SERVICE" | "CARER" | "EXPERT_BY_EXPERIENCE";
  criterionIds: string[];
};

/**
 * Self mode: evidence has not been reviewed by assessors yet, so every (non-deleted) item is
 * PENDING, and links to criteria outside the framework are dropped rather than failing.
 */
export function buildSelfScoringInput(
  framework: FrameworkForScoring,
  answers: readonly AnswerForScoring[],
  evidence: readonly EvidenceForScoring[],
  assessmentDate: string,
  onlyStatement?: number,
): ScoringInput {
  const statements = framework.statements.filter((s) => onlyStatement === undefined || s.number === onlyStatement);
  const criterionIds = new Set(statements.flatMap((s) => s.criteria.map((c) => c.id)));
  return {
    mode: "self",
    assessmentDate,
    framework: {
      statements: statements.map((s) => ({
        number: s.number,
        title: s.text,
        criteria: s.criteria.map((c) => ({ id: c.id, code: c.code, level: c.level as 1 | 2 | 3 })),
      })),
    },
    evidence: evidence.map((e) => ({ id: e.id, date: e.evidenceDate, source: e.source, status: "PENDING" as const, criterionIds: e.criterionIds.filter((id) => criterionIds.has(id)) })),
    ratings: [],
    claims: answers.filter((a) => criterionIds.has(a.criterionId)).map((a) => ({ criterionId: a.criterionId, claim: a.claim })),
  };
}
