import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { Prisma } from "@/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors";
import { isoDateToDb, todayInLondon, type IsoDate } from "@/lib/dates";
import { assertSchemeAdmin, invalid } from "@/lib/assessors/access";
import { ineligibilityReasons } from "@/lib/assessors/eligibility";
import { loadCandidates } from "@/lib/visits/candidates";
import { assignSchema } from "@/lib/visits/schemas";
import { queueVisitEmails } from "@/lib/visits/visit-emails";
import { recordAudit } from "@/lib/audit/record-audit";

const ALREADY_ASSIGNED = "Assessors have already been assigned to this request. Nothing has been changed.";

/**
 * Assigns two Experts by Experience (one the lead) and a date to a queued assessment request.
 * Every rule is checked again here, whatever the form offered: both accredited on the visit
 * date, no declared conflict with the organisation, two different people, a date not in the
 * past. The request row is locked, so two admins assigning at once produce one visit. Both
 * assessors' emails are queued with the visit, and the decision goes in the audit history.
 * Returns the visit's id.
 */
export async function assignVisit(actor: Actor, requestId: string, input: unknown, options: { today?: IsoDate } = {}): Promise<string> {
  assertSchemeAdmin(actor);
  const parsed = assignSchema({ notBefore: options.today ?? todayInLondon() }).safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const { leadUserId, coAssessorUserId, visitDate } = parsed.data;

  const visit = await db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; status: string; organisationId: string }[]>`
      SELECT id, status::text AS status, "organisationId" FROM "AssessmentRequest" WHERE id = ${String(requestId)} FOR UPDATE`;
    const request = rows[0];
    if (!request) throw notFound("assessment request");
    if (request.status !== "QUEUED") throw new AppError("CONFLICT", request.status === "ASSIGNED" ? ALREADY_ASSIGNED : "This request is no longer waiting for assessors.");

    const candidates = await loadCandidates(request.organisationId, { userIds: [leadUserId, coAssessorUserId], reader: tx });
    const fieldErrors: Record<string, string[]> = {};
    for (const [field, userId] of [["leadUserId", leadUserId], ["coAssessorUserId", coAssessorUserId]] as const) {
      const candidate = candidates.find((c) => c.userId === userId);
      // Someone outside the pool (a crafted id) gets the same answer as a missing choice.
      const reasons = candidate ? ineligibilityReasons(candidate, visitDate) : ["Select an assessor from the list"];
      if (reasons.length > 0) fieldErrors[field] = reasons;
    }
    if (Object.keys(fieldErrors).length > 0) throw new AppError("INVALID", "These assessors cannot be assigned to this visit.", fieldErrors);

    try {
      const created = await tx.visit.create({
        data: {
          assessmentRequestId: request.id,
          organisationId: request.organisationId,
          scheduledFor: isoDateToDb(visitDate),
          assignedById: actor.userId,
          assessors: { create: [{ userId: leadUserId, isLead: true }, { userId: coAssessorUserId, isLead: false }] },
        },
        select: { id: true, organisation: { select: { name: true } } },
      });
      await tx.assessmentRequest.update({ where: { id: request.id }, data: { status: "ASSIGNED" } });
      await recordAudit(tx, {
        actorUserId: actor.userId,
        organisationId: request.organisationId,
        action: "visit.assigned",
        entityType: "Visit",
        entityId: created.id,
        after: { assessmentRequestId: request.id, lead: leadUserId, co: coAssessorUserId, date: visitDate },
      });
      await queueVisitEmails(tx, { organisationName: created.organisation.name, visitDate, leadUserId, coAssessorUserId });
      return created;
    } catch (error) {
      // The one-visit-per-request constraint is the last guard if a visit exists already.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", ALREADY_ASSIGNED);
      throw error;
    }
  });

  return visit.id;
}
