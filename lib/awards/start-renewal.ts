import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { formatIsoDate, todayInLondon, type IsoDate } from "@/lib/dates";
import { lockAward } from "@/lib/awards/access";
import { planRenewalCopy } from "@/lib/awards/renewal-copy";
import { RENEWAL_WINDOW_DAYS, renewalOpen, renewalOpensOn } from "@/lib/awards/rules";

export const RENEWAL_STARTED = "award.renewal.started";

export type RenewalStarted = { selfAssessmentId: string; notCarriedOver: string[]; newCriteria: string[] };

type Reader = Pick<Prisma.TransactionClient, "auditEvent" | "assessmentRequest">;

/**
 * Whether the organisation has moved on from this award: its renewal was started here (the audit
 * history is the record of that), or it has asked for an assessment since the award was issued.
 */
export async function renewalStarted(reader: Reader, award: { id: string; organisationId: string; issuedAt: Date }): Promise<boolean> {
  const [started, laterRequest] = await Promise.all([
    reader.auditEvent.findFirst({ where: { entityType: "Award", entityId: award.id, action: RENEWAL_STARTED }, select: { id: true } }),
    reader.assessmentRequest.findFirst({ where: { organisationId: award.organisationId, requestedAt: { gt: award.issuedAt } }, select: { id: true } }),
  ]);
  return started !== null || laterRequest !== null;
}

const CRITERIA = { statements: { select: { criteria: { select: { id: true, code: true } } } } } as const;

/**
 * The organisation's administrator starts renewing its latest award, once it expires within 90
 * days, has expired or was revoked. The self-assessment starts again as a copy of the last one
 * (answers, accounts and evidence links) on the current published standard, matching criteria by
 * code, with no statement marked ready; it then asks for an assessment as before. Returns what
 * could not be carried over.
 *
 * An organisation has one self-assessment per version of the standard, so when the standard has
 * not changed the last one is reopened instead: its answers and links are the copy, and the
 * statements marked ready for the assessed round are marked not ready.
 */
export async function startRenewal(actor: Actor, organisationSlug: string, awardId: string, options: { today?: IsoDate } = {}): Promise<RenewalStarted> {
  const today = options.today ?? todayInLondon();
  return db().$transaction(async (tx) => {
    const award = await lockAward(tx, awardId, today, { actor, slug: organisationSlug, permission: "assessment:request" });
    const latest = await tx.award.findFirst({ where: { organisationId: award.organisationId }, orderBy: [{ issuedAt: "desc" }, { id: "desc" }], select: { id: true } });
    if (latest?.id !== award.id) throw new AppError("CONFLICT", "A newer award has been issued since. Renew that one when the time comes.");
    if (!renewalOpen({ standing: award.standing.standing, expiresOn: award.expiresOn }, today)) {
      throw new AppError("CONFLICT", `You can start your renewal from ${formatIsoDate(renewalOpensOn(award.expiresOn))}, ${RENEWAL_WINDOW_DAYS} days before the award expires.`);
    }
    const issued = await tx.award.findUniqueOrThrow({ where: { id: award.id }, select: { issuedAt: true, visit: { select: { request: { select: { requestedAt: true } } } } } });
    if (await renewalStarted(tx, { id: award.id, organisationId: award.organisationId, issuedAt: issued.issuedAt })) {
      throw new AppError("CONFLICT", "You have already started your renewal. Carry on with your self-assessment.");
    }
    const open = await tx.assessmentRequest.findFirst({ where: { organisationId: award.organisationId, status: { in: ["QUEUED", "ASSIGNED"] } }, select: { id: true } });
    if (open) throw new AppError("CONFLICT", "You have already asked for an assessment. The scheme team will be in touch.");

    const framework = await tx.frameworkVersion.findFirst({ where: { status: "PUBLISHED" }, orderBy: { version: "desc" }, select: { id: true, rulesVersion: true, ...CRITERIA } });
    if (!framework) throw new AppError("CONFLICT", "The standard has not been published yet.");
    const previous = await tx.selfAssessment.findFirst({
      where: { organisationId: award.organisationId },
      orderBy: { createdAt: "desc" },
      select: { id: true, frameworkVersionId: true, answers: { select: { criterionId: true, claim: true, account: true, updatedById: true } }, frameworkVersion: { select: CRITERIA } },
    });

    let result: RenewalStarted;
    if (previous && previous.frameworkVersionId === framework.id) {
      // Marks from the assessed round are cleared; any made since the request are new work and stay.
      await tx.selfAssessmentStatement.deleteMany({ where: { selfAssessmentId: previous.id, readyAt: { lte: issued.visit.request.requestedAt } } });
      result = { selfAssessmentId: previous.id, notCarriedOver: [], newCriteria: [] };
    } else {
      const clash = await tx.selfAssessment.findFirst({ where: { organisationId: award.organisationId, frameworkVersionId: framework.id }, select: { id: true } });
      if (clash) throw new AppError("CONFLICT", "Your organisation already has a self-assessment on the current standard. Ask the scheme team for help.");
      const from = previous?.frameworkVersion.statements.flatMap((s) => s.criteria) ?? [];
      const links = from.length === 0 ? [] : await tx.evidenceLink.findMany({
        where: { organisationId: award.organisationId, criterionId: { in: from.map((c) => c.id) }, evidence: { deletedAt: null } },
        select: { evidenceId: true, criterionId: true },
      });
      const copy = planRenewalCopy(from, framework.statements.flatMap((s) => s.criteria), previous?.answers ?? [], links);
      const created = await tx.selfAssessment.create({ data: { organisationId: award.organisationId, frameworkVersionId: framework.id, rulesVersion: framework.rulesVersion }, select: { id: true } });
      await tx.criterionAnswer.createMany({ data: copy.answers.map((a) => ({ ...a, selfAssessmentId: created.id })) });
      await tx.evidenceLink.createMany({ data: copy.links.map((l) => ({ ...l, organisationId: award.organisationId })), skipDuplicates: true });
      result = { selfAssessmentId: created.id, notCarriedOver: copy.notCarriedOver, newCriteria: copy.newCriteria };
    }

    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: award.organisationId,
      action: RENEWAL_STARTED,
      entityType: "Award",
      entityId: award.id,
      after: { selfAssessmentId: result.selfAssessmentId, frameworkVersionId: framework.id, notCarriedOver: result.notCarriedOver },
    });
    return result;
  });
}
