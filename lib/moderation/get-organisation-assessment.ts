import "server-only";
import type { Actor } from "@/lib/access/actor";
import { can } from "@/lib/access/permissions";
import { organisationWhere } from "@/lib/access/scope";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { dbDateToIso, todayInLondon, type IsoDate } from "@/lib/dates";
import { readReport, type ReportView } from "@/lib/moderation/report-view";
import { readCheck, type CheckView } from "@/lib/moderation/check-view";

export type OrganisationOutcome = { kind: "AWARD"; level: number; issuedAt: Date; expiresOn: IsoDate } | { kind: "NO_AWARD"; reason: string; decidedAt: Date };

export type AssessmentState =
  | { kind: "NOT_REQUESTED" }
  | { kind: "REQUESTED"; requestedAt: Date }
  | { kind: "BOOKED"; visitDate: IsoDate }
  | { kind: "WRITING"; visitDate: IsoDate }
  | { kind: "WITH_SCHEME"; visitDate: IsoDate }
  | { kind: "CANCELLED" }
  | { kind: "CHECKING"; report: ReportView; check: CheckView }
  | { kind: "DECIDED"; report: ReportView | null; check: CheckView | null; outcome: OrganisationOutcome };

export type OrganisationAssessment = {
  organisation: { id: string; name: string; slug: string; area: string };
  /** The organisation's admin, while the check is open, may add points and reply. */
  canRespond: boolean;
  state: AssessmentState;
};

/**
 * Where the organisation's latest assessment stands, for its own people (and the scheme team).
 * The report appears only once the scheme admin has sent it for checking, without the audit
 * history or either assessor's working record.
 */
export async function getOrganisationAssessment(actor: Actor, slug: string, options: { today?: IsoDate } = {}): Promise<OrganisationAssessment> {
  const today = options.today ?? todayInLondon();
  const organisation = await db().organisation.findFirst({
    where: { AND: [{ slug: String(slug) }, organisationWhere(actor, "assessment:view")] },
    select: { id: true, name: true, slug: true, area: true, kind: true },
  });
  if (!organisation) throw notFound("organisation");
  const request = await db().assessmentRequest.findFirst({
    where: { organisationId: organisation.id, status: { not: "WITHDRAWN" } },
    orderBy: { requestedAt: "desc" },
    select: {
      requestedAt: true,
      visit: {
        select: {
          id: true,
          status: true,
          scheduledFor: true,
          accuracyCheck: { select: { visitId: true } },
          report: { select: { noAwardDecidedAt: true, noAwardReason: true } },
          award: { select: { level: true, issuedAt: true, expiresOn: true } },
        },
      },
    },
  });
  const org = { id: organisation.id, name: organisation.name, slug: organisation.slug, area: organisation.area };
  const canRespondHere = can(actor, "assessment:request", organisation);
  const result = (state: AssessmentState, canRespond = false): OrganisationAssessment => ({ organisation: org, canRespond, state });

  if (!request) return result({ kind: "NOT_REQUESTED" });
  const visit = request.visit;
  if (!visit) return result({ kind: "REQUESTED", requestedAt: request.requestedAt });
  const visitDate = dbDateToIso(visit.scheduledFor);
  if (visit.status === "CANCELLED") return result({ kind: "CANCELLED" });
  if (visit.status === "SCHEDULED" && visitDate >= today) return result({ kind: "BOOKED", visitDate });
  if (visit.status === "SCHEDULED" || visit.status === "IN_PROGRESS") return result({ kind: "WRITING", visitDate });

  const [report, check] = await Promise.all([readReport(db(), visit.id), visit.accuracyCheck ? readCheck(db(), visit.id, today) : null]);
  if (visit.status === "CLOSED") {
    const outcome: OrganisationOutcome | null = visit.award
      ? { kind: "AWARD", level: visit.award.level, issuedAt: visit.award.issuedAt, expiresOn: dbDateToIso(visit.award.expiresOn) }
      : visit.report?.noAwardDecidedAt
        ? { kind: "NO_AWARD", reason: visit.report.noAwardReason, decidedAt: visit.report.noAwardDecidedAt }
        : null;
    if (outcome) return result({ kind: "DECIDED", report, check, outcome });
    return result({ kind: "CANCELLED" });
  }
  if (!report || !check) return result({ kind: "WITH_SCHEME", visitDate });
  return result({ kind: "CHECKING", report, check }, canRespondHere && !check.over);
}

/** Whether the organisation has a visit or an award, for the link from its home page. */
export async function hasAssessmentToShow(actor: Actor, slug: string): Promise<boolean> {
  const count = await db().organisation.count({
    where: { AND: [{ slug: String(slug) }, organisationWhere(actor, "assessment:view"), { OR: [{ visits: { some: {} } }, { awards: { some: {} } }] }] },
  });
  return count > 0;
}
