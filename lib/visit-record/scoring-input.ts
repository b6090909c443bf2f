// Builds the engine's verified-mode input from the frozen snapshot and the final decisions.
import type { AssessmentSnapshot } from "@/lib/assessment-requests/snapshot";
import type { Level, ScoringInput } from "@/lib/scoring";
import type { CriterionRatingRow, EvidenceReviewRow } from "@/lib/visit-record/types";

export type FinalDecisions = {
  evidence: Array<Pick<EvidenceReviewRow, "evidenceId" | "decision" | "reason">>;
  ratings: Array<Pick<CriterionRatingRow, "criterionId" | "rating" | "observation">>;
};

/**
 * The scoring input for a visit: the snapshot's framework and evidence, each item's status from
 * the final decisions (undecided stays PENDING, which never counts in verified mode), and the
 * final ratings with their observations. Claims are left out: verified mode ignores them.
 */
export function buildVerifiedInput(snapshot: AssessmentSnapshot, decisions: FinalDecisions, assessmentDate: string): ScoringInput {
  const status = new Map(decisions.evidence.map((d) => [d.evidenceId, d.decision]));
  return {
    rulesVersion: 1,
    mode: "verified",
    assessmentDate,
    framework: {
      statements: snapshot.statements.map((s) => ({
        number: s.number,
        title: s.text,
        // The engine validates levels again, so a snapshot with a bad level is refused there.
        criteria: s.criteria.map((c) => ({ id: c.id, code: c.code, level: c.level as Level })),
      })),
    },
    evidence: snapshot.evidence.map((e) => ({ id: e.id, date: e.evidenceDate, source: e.source, status: status.get(e.id) ?? "PENDING", criterionIds: e.criterionIds })),
    ratings: decisions.ratings.map((r) => ({ criterionId: r.criterionId, rating: r.rating, observation: r.observation })),
    claims: [],
  };
}
