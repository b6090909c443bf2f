import "server-only";
import type { Actor } from "@/lib/access/actor";
import type { VisitStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { dbDateToIso, type IsoDate } from "@/lib/dates";
import type { AssessmentSnapshot } from "@/lib/assessment-requests/snapshot";
import type { ScoringResult } from "@/lib/scoring";
import { visitAccess } from "@/lib/visit-record/access";
import type { VisitRecords } from "@/lib/visit-record/types";

export type VisitPerson = { id: string; name: string; isLead: boolean };

export type VisitRecordView = {
  id: string;
  status: VisitStatus;
  scheduledFor: IsoDate;
  organisationName: string;
  me: VisitPerson;
  partner: VisitPerson;
  snapshot: AssessmentSnapshot;
  /** Both assessors' rows: each sees the other's, to notice where they differ. */
  records: VisitRecords;
  /** Once the lead has submitted: the engine's verified result, frozen. */
  report: { verifiedLevel: number; result: ScoringResult; submittedAt: string } | null;
};

/**
 * The visit for one of its two assessors, with the request's frozen snapshot and both assessors'
 * records. NOT_FOUND for anyone else, and for everyone once the visit is closed or cancelled.
 */
export async function getVisitForAssessor(actor: Actor, visitId: string): Promise<VisitRecordView> {
  const access = await visitAccess(actor, visitId);
  const visit = await db().visit.findUniqueOrThrow({
    where: { id: access.id },
    select: {
      id: true,
      status: true,
      scheduledFor: true,
      organisation: { select: { name: true } },
      request: { select: { snapshot: true } },
      assessors: { select: { isLead: true, user: { select: { id: true, name: true } } } },
      evidenceReviews: { select: { evidenceId: true, assessorUserId: true, decision: true, reason: true } },
      ratings: { select: { criterionId: true, assessorUserId: true, rating: true, observation: true } },
      conversations: { select: { statementNumber: true, assessorUserId: true, peopleWhoUseService: true, carers: true, staff: true, how: true, notes: true } },
      report: { select: { verifiedLevel: true, result: true, submittedAt: true } },
    },
  });
  const people = visit.assessors.map((a) => ({ id: a.user.id, name: a.user.name, isLead: a.isLead }));
  const me = people.find((p) => p.id === actor.userId);
  const partner = people.find((p) => p.id !== actor.userId);
  if (!me || !partner) throw new Error("A visit must have two assessors");
  return {
    id: visit.id,
    status: visit.status,
    scheduledFor: dbDateToIso(visit.scheduledFor),
    organisationName: visit.organisation.name,
    me,
    partner,
    // Written by requestAssessment in this shape and never edited afterwards.
    snapshot: visit.request.snapshot as unknown as AssessmentSnapshot,
    records: { reviews: visit.evidenceReviews, ratings: visit.ratings, conversations: visit.conversations },
    report: visit.report
      ? { verifiedLevel: visit.report.verifiedLevel, result: visit.report.result as unknown as ScoringResult, submittedAt: visit.report.submittedAt.toISOString() }
      : null,
  };
}
