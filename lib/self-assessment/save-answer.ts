import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AppError, notFound } from "@/lib/errors";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { getCurrentFramework } from "@/lib/standard/get-framework";
import { answerSchema } from "@/lib/self-assessment/schemas";

/**
 * Saves the organisation's answer for one criterion, starting its self-assessment if needed.
 * The answer carries the version the person started from: if a colleague saved in between, the
 * save is refused (CONFLICT) instead of silently overwriting their words. Returns the new version.
 */
export async function saveAnswer(actor: Actor, organisationSlug: string, criterionId: string, input: unknown): Promise<number> {
  const organisation = await getOrganisation(actor, organisationSlug, "assessment:edit");
  const parsed = answerSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", "Check your answer.", z.flattenError(parsed.error).fieldErrors);
  const { claim, account, version } = parsed.data;

  return db().$transaction(async (tx) => {
    let selfAssessment = await tx.selfAssessment.findFirst({ where: { organisationId: organisation.id }, orderBy: { createdAt: "desc" }, select: { id: true, frameworkVersionId: true } });
    if (!selfAssessment) {
      const framework = await getCurrentFramework();
      if (!framework) throw new AppError("CONFLICT", "The standard has not been published yet.");
      selfAssessment = await tx.selfAssessment.create({
        data: { organisationId: organisation.id, frameworkVersionId: framework.id, rulesVersion: framework.rulesVersion },
        select: { id: true, frameworkVersionId: true },
      });
    }
    const criterion = await tx.criterion.findFirst({ where: { id: criterionId, statement: { frameworkVersionId: selfAssessment.frameworkVersionId } }, select: { id: true } });
    if (!criterion) throw notFound("criterion");

    const current = await tx.criterionAnswer.findUnique({ where: { selfAssessmentId_criterionId: { selfAssessmentId: selfAssessment.id, criterionId } }, select: { version: true } });
    if ((current?.version ?? null) !== version) {
      throw new AppError("CONFLICT", "Someone else changed this answer while you were editing. Your text is still in the box: copy it, reload the page to see their version, then combine the two.");
    }
    const data = { claim, account, updatedById: actor.userId };
    const saved = current
      ? await tx.criterionAnswer.update({ where: { selfAssessmentId_criterionId: { selfAssessmentId: selfAssessment.id, criterionId } }, data: { ...data, version: { increment: 1 } }, select: { version: true } })
      : await tx.criterionAnswer.create({ data: { ...data, selfAssessmentId: selfAssessment.id, criterionId }, select: { version: true } });
    return saved.version;
  });
}
