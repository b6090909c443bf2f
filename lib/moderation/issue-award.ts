import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/access/actor";
import type { AssessmentSnapshot } from "@/lib/assessment-requests/snapshot";
import type { ScoringResult } from "@/lib/scoring";
import { dbDateToIso, isoDateToDb, type IsoDate } from "@/lib/dates";
import { recordAudit } from "@/lib/audit/record-audit";
import { buildAwardSnapshot } from "@/lib/awards/award-snapshot";
import { newVerificationCode } from "@/lib/awards/verification-code";
import type { LockedVisit } from "@/lib/moderation/access";
import { awardTerms } from "@/lib/moderation/award-terms";
import { awardIssuedMails, organisationAdmins, queueAll } from "@/lib/moderation/emails";
import type { Decision } from "@/lib/moderation/schemas";

type Tx = Prisma.TransactionClient;
type AwardDecision = Extract<Decision, { outcome: "AWARD" }>;

/**
 * A verification code no award holds yet. Checked before the insert rather than by catching the
 * unique violation, because a failed insert would abort the whole transaction in PostgreSQL. With
 * 40 random bits a clash is already very unlikely; the unique index stays the last guard.
 */
async function freeVerificationCode(tx: Tx, newCode: () => string): Promise<string> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const code = newCode();
    if (!(await tx.award.findUnique({ where: { verificationCode: code }, select: { id: true } }))) return code;
  }
  throw new Error("Could not find a free verification code");
}

/**
 * Issues the award inside decideVisit's transaction, after every check: the level chosen, the
 * engine's verified level beside it, the frozen explanation, 24 months' validity and 15 working
 * days to ask for a review. Any earlier award still in force is superseded, the visit is closed
 * (ending the assessors' access) and the request completed; the organisation's admins are emailed.
 */
export async function issueAward(
  tx: Tx,
  actor: Actor,
  visit: LockedVisit,
  decision: AwardDecision,
  options: { today: IsoDate; now: Date; newCode?: () => string },
): Promise<{ outcome: "AWARD"; awardId: string; level: number }> {
  if (!visit.report) throw new Error("issueAward needs a submitted report");
  const request = await tx.assessmentRequest.findUniqueOrThrow({ where: { id: visit.assessmentRequestId }, select: { snapshot: true, frameworkVersionId: true, rulesVersion: true } });
  // Both were written by this app in these shapes and are never edited afterwards.
  const snapshot = buildAwardSnapshot(request.snapshot as unknown as AssessmentSnapshot, { id: visit.id, date: dbDateToIso(visit.scheduledFor) }, visit.report.result as unknown as ScoringResult);
  const { expiresOn, reviewDueOn } = awardTerms(options.today);

  const earlier = await tx.award.findMany({ where: { organisationId: visit.organisationId, status: { in: ["ACTIVE", "SUSPENDED"] } }, select: { id: true, status: true } });
  const award = await tx.award.create({
    data: {
      organisationId: visit.organisationId,
      visitId: visit.id,
      level: decision.level,
      issuedLevel: decision.level,
      computedLevel: visit.report.verifiedLevel,
      levelReason: decision.level < visit.report.verifiedLevel ? decision.levelReason : "",
      frameworkVersionId: request.frameworkVersionId,
      rulesVersion: request.rulesVersion,
      issuedAt: options.now,
      issuedById: actor.userId,
      expiresOn: isoDateToDb(expiresOn),
      reviewDueOn: isoDateToDb(reviewDueOn),
      verificationCode: await freeVerificationCode(tx, options.newCode ?? newVerificationCode),
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      conditions: { create: decision.conditions.map((c) => ({ description: c.description, dueOn: isoDateToDb(c.dueOn) })) },
    },
    select: { id: true },
  });
  for (const old of earlier) {
    await tx.award.update({ where: { id: old.id }, data: { status: "SUPERSEDED", statusReason: "Replaced by a newer award", statusChangedAt: options.now, statusChangedById: actor.userId } });
    await recordAudit(tx, { actorUserId: actor.userId, organisationId: visit.organisationId, action: "award.superseded", entityType: "Award", entityId: old.id, before: { status: old.status }, after: { status: "SUPERSEDED", byAwardId: award.id } });
  }
  await tx.visit.update({ where: { id: visit.id }, data: { status: "CLOSED" } });
  await tx.assessmentRequest.update({ where: { id: visit.assessmentRequestId }, data: { status: "COMPLETED" } });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    organisationId: visit.organisationId,
    action: "award.issued",
    entityType: "Award",
    entityId: award.id,
    after: { visitId: visit.id, level: decision.level, computedLevel: visit.report.verifiedLevel, conditions: decision.conditions.length, expiresOn, supersededAwardIds: earlier.map((e) => e.id) },
  });

  const recipients = await organisationAdmins(tx, visit.organisationId);
  await queueAll(tx, awardIssuedMails(recipients, visit.organisation, { level: decision.level, expiresOn, reviewDueOn, conditions: decision.conditions }));
  return { outcome: "AWARD", awardId: award.id, level: decision.level };
}
