import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { dbDateToIso, type IsoDate } from "@/lib/dates";
import { assertSchemeAdmin } from "@/lib/assessors/access";

export type RequestVisit = { scheduledFor: IsoDate; lead: string | null; coAssessor: string | null };

/** The visit assigned to a request, for the scheme admin's request page (null before assignment). */
export async function getRequestVisit(actor: Actor, requestId: string): Promise<RequestVisit | null> {
  assertSchemeAdmin(actor);
  const visit = await db().visit.findUnique({
    where: { assessmentRequestId: String(requestId) },
    select: { scheduledFor: true, assessors: { select: { isLead: true, user: { select: { name: true } } } } },
  });
  if (!visit) return null;
  const name = (lead: boolean) => visit.assessors.find((a) => a.isLead === lead)?.user.name ?? null;
  return { scheduledFor: dbDateToIso(visit.scheduledFor), lead: name(true), coAssessor: name(false) };
}
