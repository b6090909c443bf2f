import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { dbDateToIso, type IsoDate } from "@/lib/dates";
import { notFound } from "@/lib/errors";

type Reader = Pick<Prisma.TransactionClient, "visitAssessor">;

export type Assignment = { visitId: string; scheduledFor: IsoDate; organisationId: string; organisationName: string; assessorUserId: string; assessorName: string };

/**
 * The visit and one of its two assessors. A visit that does not exist, or a person who is not
 * one of its assessors (a crafted id), is "not found": only the visit's assessors are paid for it.
 */
export async function findAssignment(reader: Reader, visitId: string, assessorUserId: string): Promise<Assignment> {
  const row = await reader.visitAssessor.findUnique({
    where: { visitId_userId: { visitId: String(visitId), userId: String(assessorUserId) } },
    select: { user: { select: { id: true, name: true } }, visit: { select: { id: true, scheduledFor: true, organisationId: true, organisation: { select: { name: true } } } } },
  });
  if (!row) throw notFound("visit");
  return {
    visitId: row.visit.id,
    scheduledFor: dbDateToIso(row.visit.scheduledFor),
    organisationId: row.visit.organisationId,
    organisationName: row.visit.organisation.name,
    assessorUserId: row.user.id,
    assessorName: row.user.name,
  };
}
