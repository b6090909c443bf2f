import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AppError, notFound } from "@/lib/errors";
import { assertSchemeAdmin, lockDraft } from "@/lib/standard/guards";
import { CRITERIA_PER_LEVEL, criterionEditSchema, newCriterionSchema, statementEditSchema } from "@/lib/standard/schemas";

function invalid(error: z.ZodError): AppError {
  return new AppError("INVALID", "Check what you entered.", z.flattenError(error).fieldErrors);
}

/** Rewords one criterion of a draft. */
export async function updateDraftCriterion(actor: Actor, version: number, code: string, input: unknown): Promise<void> {
  assertSchemeAdmin(actor);
  const parsed = criterionEditSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  await db().$transaction(async (tx) => {
    const frameworkVersionId = await lockDraft(tx, version);
    const { count } = await tx.criterion.updateMany({ where: { code, statement: { frameworkVersionId } }, data: parsed.data });
    if (count === 0) throw notFound("criterion");
  });
}

/** Rewords a statement's explanation and easy-read version in a draft (the I Statement itself is fixed). */
export async function updateDraftStatement(actor: Actor, version: number, number: number, input: unknown): Promise<void> {
  assertSchemeAdmin(actor);
  const parsed = statementEditSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  await db().$transaction(async (tx) => {
    const frameworkVersionId = await lockDraft(tx, version);
    const { count } = await tx.statement.updateMany({ where: { frameworkVersionId, number }, data: parsed.data });
    if (count === 0) throw notFound("statement");
  });
}

/** Adds a criterion with placeholder wording at a level; returns its new code (e.g. "2.3.d"). */
export async function addDraftCriterion(actor: Actor, version: number, input: unknown): Promise<string> {
  assertSchemeAdmin(actor);
  const parsed = newCriterionSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const { statementNumber, level } = parsed.data;
  return db().$transaction(async (tx) => {
    const frameworkVersionId = await lockDraft(tx, version);
    const statement = await tx.statement.findUnique({
      where: { frameworkVersionId_number: { frameworkVersionId, number: statementNumber } },
      select: { id: true, criteria: { where: { level }, select: { code: true, position: true } } },
    });
    if (!statement) throw notFound("statement");
    if (statement.criteria.length >= CRITERIA_PER_LEVEL.max) {
      throw new AppError("CONFLICT", `Level ${level} of statement ${statementNumber} already has ${CRITERIA_PER_LEVEL.max} criteria, the most allowed.`);
    }
    // A code keeps one meaning for good: never reuse one that any version has given to a
    // criterion, even one removed since, or comparisons across versions would mislead.
    const everUsed = await tx.criterion.findMany({ where: { level, statement: { number: statementNumber } }, select: { code: true }, distinct: ["code"] });
    const used = new Set(everUsed.map((c) => c.code));
    const letter = "abcdefghijklmnopqrstuvwxyz".split("").find((l) => !used.has(`${statementNumber}.${level}.${l}`)) ?? "z";
    const code = `${statementNumber}.${level}.${letter}`;
    const position = Math.max(-1, ...statement.criteria.map((c) => c.position)) + 1;
    await tx.criterion.create({
      data: { statementId: statement.id, code, level, position, text: "New criterion: describe what is in place.", easyRead: "New criterion.", guidance: "Add guidance.", evidenceExamples: ["Add an example of evidence."] },
    });
    return code;
  });
}

/** Removes a criterion from a draft. */
export async function removeDraftCriterion(actor: Actor, version: number, code: string): Promise<void> {
  assertSchemeAdmin(actor);
  await db().$transaction(async (tx) => {
    const frameworkVersionId = await lockDraft(tx, version);
    const { count } = await tx.criterion.deleteMany({ where: { code, statement: { frameworkVersionId } } });
    if (count === 0) throw notFound("criterion");
  });
}
