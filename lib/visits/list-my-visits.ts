import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { hasRole } from "@/lib/access/permissions";
import { forbidden } from "@/lib/errors";
import type { VisitStatus } from "@/generated/prisma/enums";
import { dbDateToIso, type IsoDate } from "@/lib/dates";

export type MyVisit = {
  id: string;
  organisationName: string;
  scheduledFor: IsoDate;
  status: VisitStatus;
  role: "LEAD" | "CO_ASSESSOR";
  /** The other assessor on the visit, so they know who they go with. */
  partnerName: string | null;
};

/** The visits the signed-in assessor is assigned to, soonest first; nobody else's. */
export async function listMyVisits(actor: Actor): Promise<MyVisit[]> {
  if (!hasRole(actor, "ASSESSOR")) throw forbidden();
  const rows = await db().visitAssessor.findMany({
    where: { userId: actor.userId },
    orderBy: { visit: { scheduledFor: "asc" } },
    select: {
      isLead: true,
      visit: {
        select: {
          id: true,
          scheduledFor: true,
          status: true,
          organisation: { select: { name: true } },
          assessors: { where: { userId: { not: actor.userId } }, select: { user: { select: { name: true } } } },
        },
      },
    },
  });
  return rows.map(({ isLead, visit }) => ({
    id: visit.id,
    organisationName: visit.organisation.name,
    scheduledFor: dbDateToIso(visit.scheduledFor),
    status: visit.status,
    role: isLead ? "LEAD" : "CO_ASSESSOR",
    partnerName: visit.assessors[0]?.user.name ?? null,
  }));
}
