import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AppError, notFound } from "@/lib/errors";
import { Prisma } from "@/generated/prisma/client";
import { assertAssessor, invalid } from "@/lib/assessors/access";
import { conflictSchema } from "@/lib/assessors/schemas";
import { recordAudit } from "@/lib/audit/record-audit";

/**
 * Records the assessor's own link with a provider organisation. The declaration is always the
 * actor's: nothing in the input can name another assessor. The declaration (kind, not the note)
 * goes in the audit history, under the assessor rather than the organisation, whose own history
 * should not list who declared a link with it. Returns the organisation's name.
 */
export async function declareConflict(actor: Actor, input: unknown): Promise<string> {
  assertAssessor(actor);
  const parsed = conflictSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const { organisationId, kind, note } = parsed.data;
  const organisation = await db().organisation.findFirst({ where: { id: organisationId, kind: "PROVIDER" }, select: { id: true, name: true } });
  if (!organisation) throw notFound("organisation");
  try {
    await db().$transaction(async (tx) => {
      const declaration = await tx.conflictDeclaration.create({ data: { assessorUserId: actor.userId, organisationId: organisation.id, kind, note }, select: { id: true } });
      await recordAudit(tx, {
        actorUserId: actor.userId,
        organisationId: null,
        action: "assessor.conflict.declared",
        entityType: "ConflictDeclaration",
        entityId: declaration.id,
        after: { assessorUserId: actor.userId, organisationId: organisation.id, kind },
      });
    });
  } catch (error) {
    // The unique constraint also settles two tabs submitting at once.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", `You have already told us about ${organisation.name}.`, { organisationId: [`You have already told us about ${organisation.name}`] });
    }
    throw error;
  }
  return organisation.name;
}

/** Removes one of the assessor's own declarations; anyone else's is "not found". */
export async function removeConflict(actor: Actor, declarationId: string): Promise<void> {
  assertAssessor(actor);
  await db().$transaction(async (tx) => {
    const declaration = await tx.conflictDeclaration.findFirst({ where: { id: String(declarationId), assessorUserId: actor.userId }, select: { id: true, organisationId: true, kind: true } });
    if (!declaration) throw notFound("declaration");
    await tx.conflictDeclaration.delete({ where: { id: declaration.id } });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: null,
      action: "assessor.conflict.removed",
      entityType: "ConflictDeclaration",
      entityId: declaration.id,
      before: { assessorUserId: actor.userId, organisationId: declaration.organisationId, kind: declaration.kind },
    });
  });
}
