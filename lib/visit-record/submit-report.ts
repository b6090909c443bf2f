import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/access/actor";
import { AppError, forbidden } from "@/lib/errors";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { dbDateToIso } from "@/lib/dates";
import { scoreOrganisation } from "@/lib/scoring";
import { openForWriting } from "@/lib/visit-record/access";
import { visitSnapshot } from "@/lib/visit-record/snapshot-lookup";
import { readiness, describeDisagreement } from "@/lib/visit-record/readiness";
import { buildVerifiedInput, type FinalDecisions } from "@/lib/visit-record/scoring-input";

/**
 * The lead assessor sends the report. Refused, with every reason, unless both assessors recorded
 * something for each statement, the lead decided every item and criterion, and no disagreement is
 * left. The lead's record becomes the final decisions; the engine computes the verified result on
 * the visit's date; the report is stored and the visit marked REPORT_SUBMITTED, in one transaction
 * with the visit locked, so a second submit (or a late edit) is refused.
 */
export async function submitReport(actor: Actor, visitId: string): Promise<number> {
  return db().$transaction(async (tx) => {
    const access = await openForWriting(actor, visitId, tx);
    if (!access.isLead) throw forbidden();
    const visit = await tx.visit.findUniqueOrThrow({
      where: { id: access.id },
      select: {
        scheduledFor: true,
        assessors: { select: { isLead: true, user: { select: { id: true, name: true } } } },
        evidenceReviews: { select: { evidenceId: true, assessorUserId: true, decision: true, reason: true } },
        ratings: { select: { criterionId: true, assessorUserId: true, rating: true, observation: true } },
        conversations: { select: { statementNumber: true, assessorUserId: true, peopleWhoUseService: true, carers: true, staff: true, how: true, notes: true } },
      },
    });
    const snapshot = await visitSnapshot(tx, access.id);
    const records = { reviews: visit.evidenceReviews, ratings: visit.ratings, conversations: visit.conversations };
    const people = visit.assessors.map((a) => ({ id: a.user.id, name: a.user.name, isLead: a.isLead }));
    const check = readiness(snapshot, records, people);
    if (!check.ready) {
      const lines = [...check.gaps, ...check.disagreements.map((d) => describeDisagreement(d, check.lead.name, check.coAssessor.name))];
      throw new AppError("INVALID", "The report cannot be sent yet. Each thing listed needs sorting out first.", { report: lines });
    }

    const decisions: FinalDecisions = {
      evidence: records.reviews.filter((r) => r.assessorUserId === actor.userId).map(({ evidenceId, decision, reason }) => ({ evidenceId, decision, reason })),
      ratings: records.ratings.filter((r) => r.assessorUserId === actor.userId).map(({ criterionId, rating, observation }) => ({ criterionId, rating, observation })),
    };
    const result = scoreOrganisation(buildVerifiedInput(snapshot, decisions, dbDateToIso(visit.scheduledFor)));
    await tx.visitReport.create({
      data: {
        visitId: access.id,
        submittedById: actor.userId,
        decisions: decisions as unknown as Prisma.InputJsonValue,
        result: result as unknown as Prisma.InputJsonValue,
        verifiedLevel: result.overallLevel,
      },
    });
    await tx.visit.update({ where: { id: access.id }, data: { status: "REPORT_SUBMITTED" } });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      action: "visit.report.submitted",
      entityType: "Visit",
      entityId: access.id,
      before: { status: access.status },
      after: { status: "REPORT_SUBMITTED", verifiedLevel: result.overallLevel },
    });
    return result.overallLevel;
  });
}
