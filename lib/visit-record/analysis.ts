// Pure rules about the two assessors' records: progress per statement, where they differ, and
// what is still missing before the lead may submit.
import type { AssessmentSnapshot } from "@/lib/assessment-requests/snapshot";
import { statementEvidence, type VisitRecords } from "@/lib/visit-record/types";

export type StatementProgress = { number: number; evidenceTotal: number; criteriaTotal: number; evidenceReviewed: number; criteriaRated: number; conversation: boolean };

/** How much of each statement one assessor has recorded. */
export function progressFor(snapshot: AssessmentSnapshot, records: VisitRecords, userId: string): StatementProgress[] {
  const reviewed = new Set(records.reviews.filter((r) => r.assessorUserId === userId).map((r) => r.evidenceId));
  const rated = new Set(records.ratings.filter((r) => r.assessorUserId === userId).map((r) => r.criterionId));
  const spoke = new Set(records.conversations.filter((c) => c.assessorUserId === userId).map((c) => c.statementNumber));
  return snapshot.statements.map((s) => {
    const evidence = statementEvidence(snapshot, s);
    return {
      number: s.number,
      evidenceTotal: evidence.length,
      criteriaTotal: s.criteria.length,
      evidenceReviewed: evidence.filter((e) => reviewed.has(e.id)).length,
      criteriaRated: s.criteria.filter((c) => rated.has(c.id)).length,
      conversation: spoke.has(s.number),
    };
  });
}

export type Disagreement =
  | { kind: "EVIDENCE"; statementNumber: number; evidenceId: string; title: string; lead: "ACCEPTED" | "REJECTED"; coAssessor: "ACCEPTED" | "REJECTED" }
  | { kind: "CRITERION"; statementNumber: number; criterionId: string; code: string; lead: "MET" | "NOT_MET"; coAssessor: "MET" | "NOT_MET" };

/**
 * Items and criteria both assessors decided, differently. Something only one of them decided is
 * a gap, not a disagreement. An item linked to two statements is listed under the first.
 */
export function findDisagreements(snapshot: AssessmentSnapshot, records: VisitRecords, leadId: string, coId: string): Disagreement[] {
  const decision = (userId: string, evidenceId: string) => records.reviews.find((r) => r.assessorUserId === userId && r.evidenceId === evidenceId)?.decision;
  const rating = (userId: string, criterionId: string) => records.ratings.find((r) => r.assessorUserId === userId && r.criterionId === criterionId)?.rating;
  const seen = new Set<string>();
  const found: Disagreement[] = [];
  for (const s of snapshot.statements) {
    for (const e of statementEvidence(snapshot, s)) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      const lead = decision(leadId, e.id);
      const co = decision(coId, e.id);
      if (lead && co && lead !== co) found.push({ kind: "EVIDENCE", statementNumber: s.number, evidenceId: e.id, title: e.title, lead, coAssessor: co });
    }
    for (const c of s.criteria) {
      const lead = rating(leadId, c.id);
      const co = rating(coId, c.id);
      if (lead && co && lead !== co) found.push({ kind: "CRITERION", statementNumber: s.number, criterionId: c.id, code: c.code, lead, coAssessor: co });
    }
  }
  return found;
}

/**
 * What stops the lead submitting, in plain English: a statement one of them has recorded nothing
 * for, and evidence or criteria the lead has not decided (the lead's record becomes the report).
 */
export function findGaps(snapshot: AssessmentSnapshot, records: VisitRecords, assessors: { lead: { id: string; name: string }; coAssessor: { id: string; name: string } }): string[] {
  const gaps: string[] = [];
  const lead = progressFor(snapshot, records, assessors.lead.id);
  const co = progressFor(snapshot, records, assessors.coAssessor.id);
  const anything = (p: (typeof lead)[number]) => p.evidenceReviewed + p.criteriaRated > 0 || p.conversation;
  snapshot.statements.forEach((s, i) => {
    const l = lead[i];
    const c = co[i];
    if (!l || !c) return;
    for (const [who, p] of [[assessors.lead.name, l], [assessors.coAssessor.name, c]] as const) {
      if (!anything(p)) gaps.push(`Statement ${s.number}: ${who} has not recorded anything yet.`);
    }
    if (l.evidenceReviewed < l.evidenceTotal) gaps.push(`Statement ${s.number}: ${assessors.lead.name} has not decided on ${l.evidenceTotal - l.evidenceReviewed} of ${l.evidenceTotal} evidence items.`);
    if (l.criteriaRated < l.criteriaTotal) gaps.push(`Statement ${s.number}: ${assessors.lead.name} has not rated ${l.criteriaTotal - l.criteriaRated} of ${l.criteriaTotal} criteria.`);
  });
  return gaps;
}
