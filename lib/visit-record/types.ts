// Plain shapes of the two assessors' records, shared by the services and the pure rules, so the
// rules can be unit-tested without a database.
import type { AssessmentSnapshot, SnapshotEvidence } from "@/lib/assessment-requests/snapshot";

export type EvidenceReviewRow = { evidenceId: string; assessorUserId: string; decision: "ACCEPTED" | "REJECTED"; reason: string };
export type CriterionRatingRow = { criterionId: string; assessorUserId: string; rating: "MET" | "NOT_MET"; observation: string };
export type ConversationRow = {
  statementNumber: number;
  assessorUserId: string;
  peopleWhoUseService: number;
  carers: number;
  staff: number;
  how: string;
  notes: string;
};

export type VisitRecords = { reviews: EvidenceReviewRow[]; ratings: CriterionRatingRow[]; conversations: ConversationRow[] };

export type SnapshotStatement = AssessmentSnapshot["statements"][number];

/** The evidence items linked to any of a statement's criteria, in snapshot order. */
export function statementEvidence(snapshot: AssessmentSnapshot, statement: SnapshotStatement): SnapshotEvidence[] {
  const ids = new Set(statement.criteria.map((c) => c.id));
  return snapshot.evidence.filter((e) => e.criterionIds.some((id) => ids.has(id)));
}
