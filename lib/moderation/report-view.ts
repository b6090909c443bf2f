import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AssessmentSnapshot, SnapshotEvidence } from "@/lib/assessment-requests/snapshot";
import type { ScoringResult } from "@/lib/scoring";
import type { FinalDecisions } from "@/lib/visit-record/scoring-input";
import { statementEvidence } from "@/lib/visit-record/types";
import { dbDateToIso, type IsoDate } from "@/lib/dates";

export type ReportEvidence = Pick<SnapshotEvidence, "id" | "title" | "source" | "evidenceDate"> & { decision: "ACCEPTED" | "REJECTED" | null; reason: string };
export type ReportRating = { criterionId: string; code: string; level: number; text: string; rating: "MET" | "NOT_MET" | null; observation: string };
export type ReportConversation = { assessorName: string; peopleWhoUseService: number; carers: number; staff: number; how: string };

export type ReportStatement = { number: number; text: string; evidence: ReportEvidence[]; ratings: ReportRating[]; conversations: ReportConversation[] };

/** The submitted report as people read it: final decisions only, never either assessor's working record. */
export type ReportView = {
  visitDate: IsoDate;
  submittedAt: Date;
  verifiedLevel: number;
  result: ScoringResult;
  assessors: { name: string; isLead: boolean }[];
  statements: ReportStatement[];
};

type Reader = Pick<Prisma.TransactionClient, "visit">;

/**
 * Reads a visit's submitted report, or null before submission. No access check: callers decide
 * who may see it. Conversations give counts and how people were spoken to, not the assessors'
 * private notes.
 */
export async function readReport(reader: Reader, visitId: string): Promise<ReportView | null> {
  const visit = await reader.visit.findUnique({
    where: { id: visitId },
    select: {
      scheduledFor: true,
      request: { select: { snapshot: true } },
      assessors: { select: { isLead: true, userId: true, user: { select: { name: true } } }, orderBy: { isLead: "desc" } },
      conversations: { select: { statementNumber: true, assessorUserId: true, peopleWhoUseService: true, carers: true, staff: true, how: true } },
      report: { select: { submittedAt: true, decisions: true, result: true, verifiedLevel: true } },
    },
  });
  if (!visit?.report) return null;
  // All three were written by this app in these shapes and are never edited afterwards.
  const snapshot = visit.request.snapshot as unknown as AssessmentSnapshot;
  const decisions = visit.report.decisions as unknown as FinalDecisions;
  const result = visit.report.result as unknown as ScoringResult;
  const names = new Map(visit.assessors.map((a) => [a.userId, a.user.name]));
  const evidenceDecision = new Map(decisions.evidence.map((d) => [d.evidenceId, d]));
  const rating = new Map(decisions.ratings.map((r) => [r.criterionId, r]));

  return {
    visitDate: dbDateToIso(visit.scheduledFor),
    submittedAt: visit.report.submittedAt,
    verifiedLevel: visit.report.verifiedLevel,
    result,
    assessors: visit.assessors.map((a) => ({ name: a.user.name, isLead: a.isLead })),
    statements: snapshot.statements.map((statement) => ({
      number: statement.number,
      text: statement.text,
      evidence: statementEvidence(snapshot, statement).map((e) => ({
        id: e.id,
        title: e.title,
        source: e.source,
        evidenceDate: e.evidenceDate,
        decision: evidenceDecision.get(e.id)?.decision ?? null,
        reason: evidenceDecision.get(e.id)?.reason ?? "",
      })),
      ratings: statement.criteria.map((c) => ({
        criterionId: c.id,
        code: c.code,
        level: c.level,
        text: c.text,
        rating: rating.get(c.id)?.rating ?? null,
        observation: rating.get(c.id)?.observation ?? "",
      })),
      conversations: visit.conversations
        .filter((c) => c.statementNumber === statement.number)
        .map((c) => ({ assessorName: names.get(c.assessorUserId) ?? "An assessor", peopleWhoUseService: c.peopleWhoUseService, carers: c.carers, staff: c.staff, how: c.how })),
    })),
  };
}
