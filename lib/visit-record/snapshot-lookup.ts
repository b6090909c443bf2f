import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AssessmentSnapshot } from "@/lib/assessment-requests/snapshot";
import { notFound } from "@/lib/errors";

/** The frozen snapshot behind a visit, read inside the writer's transaction. */
export async function visitSnapshot(tx: Prisma.TransactionClient, visitId: string): Promise<AssessmentSnapshot> {
  const visit = await tx.visit.findUniqueOrThrow({ where: { id: visitId }, select: { request: { select: { snapshot: true } } } });
  // Written by requestAssessment in this shape and never edited afterwards.
  return visit.request.snapshot as unknown as AssessmentSnapshot;
}

/** Ids from a form must name something in this visit's snapshot; a crafted id is not found. */
export function assertInSnapshot(found: boolean, what: string): void {
  if (!found) throw notFound(what);
}
