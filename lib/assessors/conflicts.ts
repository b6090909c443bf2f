import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import type { ConflictKind } from "@/generated/prisma/enums";
import { assertAssessor } from "@/lib/assessors/access";

export type MyConflict = { id: string; organisationName: string; kind: ConflictKind; note: string; declaredAt: Date };
export type ProviderChoice = { id: string; name: string };

/** The assessor's own declarations, by organisation name. */
export async function listMyConflicts(actor: Actor): Promise<MyConflict[]> {
  assertAssessor(actor);
  const rows = await db().conflictDeclaration.findMany({
    where: { assessorUserId: actor.userId },
    orderBy: { organisation: { name: "asc" } },
    select: { id: true, kind: true, note: true, declaredAt: true, organisation: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, organisationName: r.organisation.name, kind: r.kind, note: r.note, declaredAt: r.declaredAt }));
}

/**
 * The provider organisations an assessor can declare a link with, leaving out those already
 * declared. Provider names are not confidential: they are the organisations the scheme assesses.
 */
export async function listConflictChoices(actor: Actor): Promise<ProviderChoice[]> {
  assertAssessor(actor);
  return db().organisation.findMany({
    where: { kind: "PROVIDER", conflicts: { none: { assessorUserId: actor.userId } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
