import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/access/actor";
import { AppError } from "@/lib/errors";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { loadSelfAssessment } from "@/lib/self-assessment/load-self-assessment";
import { sendMail } from "@/lib/mail/send-mail";
import { buildAssessmentSnapshot } from "@/lib/assessment-requests/snapshot";
import { recordAudit } from "@/lib/audit/record-audit";

const OPEN_STATUSES = ["QUEUED", "ASSIGNED"] as const;

/**
 * The organisation admin asks to be assessed. Every statement must be marked ready. The request
 * freezes the answers, the linked evidence (files by hash) and the self-assessed result.
 */
export async function requestAssessment(actor: Actor, organisationSlug: string): Promise<string> {
  await getOrganisation(actor, organisationSlug, "assessment:request");
  const view = await loadSelfAssessment(actor, organisationSlug);
  const notReady = view.framework.statements.filter((s) => view.statusByStatement.get(s.number) !== "READY").map((s) => s.number);
  if (!view.selfAssessmentId || notReady.length > 0) {
    throw new AppError("INVALID", `Finish every statement first. Not yet marked ready: ${notReady.map((n) => `statement ${n}`).join(", ")}.`);
  }

  const criterionIds = new Set(view.framework.statements.flatMap((s) => s.criteria.map((c) => c.id)));
  const linkedIds = view.evidence.filter((e) => e.criterionIds.some((id) => criterionIds.has(id))).map((e) => e.id);

  const requestId = await db().$transaction(async (tx) => {
    // One open request at a time; the lock makes two admins pressing at once produce one request.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`assessment-request:${view.organisation.id}`}))`;
    const open = await tx.assessmentRequest.findFirst({ where: { organisationId: view.organisation.id, status: { in: [...OPEN_STATUSES] } }, select: { id: true } });
    if (open) throw new AppError("CONFLICT", "You have already asked for an assessment. The scheme team will be in touch.");

    const items = await tx.evidenceItem.findMany({
      where: { id: { in: linkedIds }, organisationId: view.organisation.id, deletedAt: null },
      include: { file: { select: { id: true, filename: true, mimeType: true, size: true, sha256: true } }, links: { select: { criterionId: true } } },
    });
    const snapshot = buildAssessmentSnapshot({
      takenAt: new Date(),
      organisation: { id: view.organisation.id, name: view.organisation.name, slug: view.organisation.slug, area: view.organisation.area, serviceType: view.organisation.serviceType },
      framework: view.framework,
      answers: view.answers.values(),
      evidence: items,
      selfAssessedResult: view.result,
    });
    const fileIds = [...new Set(items.flatMap((e) => (e.file ? [e.file.id] : [])))];
    const created = await tx.assessmentRequest.create({
      data: {
        organisationId: view.organisation.id,
        frameworkVersionId: view.framework.id,
        rulesVersion: view.framework.rulesVersion,
        snapshot: snapshot as unknown as Prisma.InputJsonValue,
        selfAssessedLevel: view.result.overallLevel,
        requestedById: actor.userId,
        files: { create: fileIds.map((fileId) => ({ fileId })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: view.organisation.id,
      action: "assessment.requested",
      entityType: "AssessmentRequest",
      entityId: created.id,
      after: { status: "QUEUED", frameworkVersionId: view.framework.id, selfAssessedLevel: view.result.overallLevel, evidenceItems: items.length },
    });
    return created.id;
  });

  await notifySchemeAdmins(view.organisation.name);
  return requestId;
}

async function notifySchemeAdmins(organisationName: string): Promise<void> {
  const admins = await db().user.findMany({ where: { memberships: { some: { role: "SCHEME_ADMIN" } } }, select: { email: true } });
  for (const admin of admins) {
    await sendMail({
      to: admin.email,
      subject: `${organisationName} has asked for an assessment`,
      text: `${organisationName} has finished its self-assessment and asked to be assessed.\n\nIt is waiting in the queue of assessment requests.`,
    });
  }
}
