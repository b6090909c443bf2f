import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AppError } from "@/lib/errors";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { readySchema } from "@/lib/self-assessment/schemas";

/**
 * Marks a statement as ready (the task list's "completed") or back in progress. Ready needs an
 * answer for every criterion of the statement: assessors must not find gaps.
 */
export async function markStatementReady(actor: Actor, organisationSlug: string, statementNumber: number, input: unknown): Promise<void> {
  const organisation = await getOrganisation(actor, organisationSlug, "assessment:edit");
  const parsed = readySchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", "Check your answer.", z.flattenError(parsed.error).fieldErrors);

  await db().$transaction(async (tx) => {
    const selfAssessment = await tx.selfAssessment.findFirst({ where: { organisationId: organisation.id }, orderBy: { createdAt: "desc" }, select: { id: true, frameworkVersionId: true } });
    const statement = selfAssessment
      ? await tx.statement.findUnique({
          where: { frameworkVersionId_number: { frameworkVersionId: selfAssessment.frameworkVersionId, number: statementNumber } },
          select: { criteria: { select: { id: true, code: true, answers: { where: { selfAssessmentId: selfAssessment.id }, select: { id: true } } } } },
        })
      : null;
    if (!selfAssessment || !statement) {
      if (parsed.data.ready === "no") return;
      throw new AppError("INVALID", "Answer every criterion before marking this statement as ready.", { ready: ["Answer every criterion before marking this statement as ready"] });
    }
    const key = { selfAssessmentId_statementNumber: { selfAssessmentId: selfAssessment.id, statementNumber } };
    if (parsed.data.ready === "no") {
      await tx.selfAssessmentStatement.deleteMany({ where: { selfAssessmentId: selfAssessment.id, statementNumber } });
      return;
    }
    const unanswered = statement.criteria.filter((c) => c.answers.length === 0).map((c) => c.code);
    if (unanswered.length > 0) {
      const message = `Answer every criterion before marking this statement as ready. Still to answer: ${unanswered.join(", ")}`;
      throw new AppError("INVALID", message, { ready: [message] });
    }
    await tx.selfAssessmentStatement.upsert({
      where: key,
      create: { selfAssessmentId: selfAssessment.id, statementNumber, readyAt: new Date(), readyById: actor.userId },
      update: {},
    });
  });
}
