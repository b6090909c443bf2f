import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { notFound } from "@/lib/errors";
import { todayInLondon, type IsoDate } from "@/lib/dates";
import { assertSchemeAdmin } from "@/lib/assessors/access";
import { ineligibilityReasons } from "@/lib/assessors/eligibility";
import { loadCandidates } from "@/lib/visits/candidates";

export type AssignmentView = {
  requestId: string;
  status: string;
  organisationName: string;
  eligible: { userId: string; name: string }[];
  /** Not offered, with the reasons, so the admin knows why someone is missing. */
  ineligible: { userId: string; name: string; reasons: string[] }[];
};

/**
 * What the assign page needs: the request and the pool sorted into those who can assess this
 * organisation today and those who cannot. The visit date is not known yet, so eligibility is
 * judged on today; the service checks again against the chosen date.
 */
export async function getAssignment(actor: Actor, requestId: string, options: { today?: IsoDate } = {}): Promise<AssignmentView> {
  assertSchemeAdmin(actor);
  const request = await db().assessmentRequest.findUnique({
    where: { id: String(requestId) },
    select: { id: true, status: true, organisationId: true, organisation: { select: { name: true } } },
  });
  if (!request) throw notFound("assessment request");
  const today = options.today ?? todayInLondon();
  const candidates = await loadCandidates(request.organisationId);
  const view: AssignmentView = { requestId: request.id, status: request.status, organisationName: request.organisation.name, eligible: [], ineligible: [] };
  for (const c of candidates) {
    const reasons = ineligibilityReasons(c, today);
    if (reasons.length === 0) view.eligible.push({ userId: c.userId, name: c.name });
    else view.ineligible.push({ userId: c.userId, name: c.name, reasons });
  }
  return view;
}
