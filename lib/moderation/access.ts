import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { VisitStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/access/actor";
import { hasRole } from "@/lib/access/permissions";
import { organisationWhere } from "@/lib/access/scope";
import { AppError, notFound } from "@/lib/errors";

/**
 * Moderation is the scheme admins' work. Anyone else is told the visit does not exist, exactly as
 * for a crafted id, so nobody can learn which organisations are being assessed.
 */
export function assertModerator(actor: Actor): void {
  if (!hasRole(actor, "SCHEME_ADMIN")) throw notFound("visit");
}

/** The filter for visits a scheme admin may moderate: those of organisations they may assess. */
export function moderatedVisitWhere(actor: Actor, visitId?: string): Prisma.VisitWhereInput {
  return { ...(visitId === undefined ? {} : { id: String(visitId) }), organisation: organisationWhere(actor, "assessment:view") };
}

export type LockedVisit = {
  id: string;
  status: VisitStatus;
  organisationId: string;
  assessmentRequestId: string;
  scheduledFor: Date;
  organisation: { name: string; slug: string };
  report: { verifiedLevel: number; result: Prisma.JsonValue } | null;
  accuracyCheck: { dueOn: Date; respondedAt: Date | null; points: { id: string; response: string }[] } | null;
};

/**
 * For the scheme admin's writes: the visit row locked for the rest of the transaction, so two
 * admins (or an admin and the organisation) cannot act on the same visit at once.
 */
export async function lockVisitForModeration(actor: Actor, visitId: string, tx: Prisma.TransactionClient): Promise<LockedVisit> {
  assertModerator(actor);
  await tx.$queryRaw`SELECT id FROM "Visit" WHERE id = ${String(visitId)} FOR UPDATE`;
  const visit = await tx.visit.findFirst({
    where: moderatedVisitWhere(actor, visitId),
    select: {
      id: true,
      status: true,
      organisationId: true,
      assessmentRequestId: true,
      scheduledFor: true,
      organisation: { select: { name: true, slug: true } },
      report: { select: { verifiedLevel: true, result: true } },
      accuracyCheck: { select: { dueOn: true, respondedAt: true, points: { select: { id: true, response: true } } } },
    },
  });
  if (!visit) throw notFound("visit");
  return visit;
}

export function invalid(error: z.ZodError): AppError {
  return new AppError("INVALID", "Check what you entered.", z.flattenError(error).fieldErrors as Record<string, string[]>);
}
