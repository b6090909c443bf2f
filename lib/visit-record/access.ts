import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { VisitStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/access/actor";
import { hasRole } from "@/lib/access/permissions";
import { AppError, notFound } from "@/lib/errors";
import { db } from "@/lib/db/client";

type Reader = Pick<Prisma.TransactionClient, "visit">;

/** Statuses in which the assessors may still open the visit; closing it ends their access. */
const OPEN_TO_ASSESSORS: VisitStatus[] = ["SCHEDULED", "IN_PROGRESS", "REPORT_SUBMITTED"];

export type VisitAccess = { id: string; status: VisitStatus; isLead: boolean; organisationId: string };

/**
 * The one check behind every visit-record service: the actor is one of the visit's two assessors
 * and the visit is not closed or cancelled. Anything else is NOT_FOUND, so nobody can even learn
 * that a visit exists.
 */
export async function visitAccess(actor: Actor, visitId: string, reader: Reader = db()): Promise<VisitAccess> {
  if (!hasRole(actor, "ASSESSOR")) throw notFound("visit");
  const visit = await reader.visit.findFirst({
    where: { id: String(visitId), status: { in: OPEN_TO_ASSESSORS }, assessors: { some: { userId: actor.userId } } },
    select: { id: true, status: true, organisationId: true, assessors: { where: { userId: actor.userId }, select: { isLead: true } } },
  });
  if (!visit) throw notFound("visit");
  return { id: visit.id, status: visit.status, isLead: visit.assessors[0]?.isLead ?? false, organisationId: visit.organisationId };
}

/**
 * For writes: the same check inside the transaction, with the visit row locked so a write cannot
 * slip in while the lead submits. Once the report is sent the record is read-only. The first save
 * starts the visit.
 */
export async function openForWriting(actor: Actor, visitId: string, tx: Prisma.TransactionClient): Promise<VisitAccess> {
  await tx.$queryRaw`SELECT id FROM "Visit" WHERE id = ${String(visitId)} FOR UPDATE`;
  const access = await visitAccess(actor, visitId, tx);
  if (access.status === "REPORT_SUBMITTED") throw new AppError("CONFLICT", "The report for this visit has been sent, so the record can no longer be changed.");
  if (access.status === "SCHEDULED") await tx.visit.update({ where: { id: access.id }, data: { status: "IN_PROGRESS" } });
  return access;
}

export function invalid(error: z.ZodError): AppError {
  return new AppError("INVALID", "Check what you entered.", z.flattenError(error).fieldErrors);
}
