import "server-only";
import type { Actor } from "@/lib/access/actor";
import { organisationKindsReachable } from "@/lib/access/permissions";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { dbDateToIso, todayInLondon, type IsoDate } from "@/lib/dates";
import { assertModerator, moderatedVisitWhere } from "@/lib/moderation/access";
import { readCheck, type CheckView } from "@/lib/moderation/check-view";
import { readReport, type ReportView } from "@/lib/moderation/report-view";

export type ReportDecision =
  | { kind: "AWARD"; level: number; issuedOn: IsoDate; expiresOn: IsoDate; conditions: Array<{ description: string; dueOn: IsoDate }> }
  | { kind: "NO_AWARD"; decidedOn: IsoDate; reason: string }
  | { kind: "NONE" };

export type ModeratedReport = { organisationName: string; visitId: string; report: ReportView; check: CheckView | null; decision: ReportDecision; printedOn: IsoDate };

/**
 * The report on an organisation's latest visit with a submitted report. Its own people see it
 * once the scheme admin has sent it to them for the factual-accuracy check; the scheme team sees
 * it as soon as it is submitted. Before that, or for anyone else, NOT_FOUND.
 */
export async function getOrganisationReport(actor: Actor, organisationSlug: string, options: { today?: IsoDate } = {}): Promise<ModeratedReport> {
  const organisation = await getOrganisation(actor, String(organisationSlug), "assessment:view");
  const asScheme = organisationKindsReachable(actor, "assessment:view").includes(organisation.kind);
  const visit = await db().visit.findFirst({
    where: { organisationId: organisation.id, report: { isNot: null }, ...(asScheme ? {} : { accuracyCheck: { isNot: null } }) },
    orderBy: [{ scheduledFor: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  if (!visit) throw notFound("report");
  return load(visit.id, organisation.name, options.today ?? todayInLondon());
}

/** Any submitted report, for the scheme admins who moderate it; NOT_FOUND for everyone else. */
export async function getVisitReportForModerator(actor: Actor, visitId: string, options: { today?: IsoDate } = {}): Promise<ModeratedReport> {
  assertModerator(actor);
  const visit = await db().visit.findFirst({ where: { AND: [moderatedVisitWhere(actor, String(visitId)), { report: { isNot: null } }] }, select: { id: true, organisation: { select: { name: true } } } });
  if (!visit) throw notFound("report");
  return load(visit.id, visit.organisation.name, options.today ?? todayInLondon());
}

async function load(visitId: string, organisationName: string, today: IsoDate): Promise<ModeratedReport> {
  const [report, check, outcome] = await Promise.all([
    readReport(db(), visitId),
    readCheck(db(), visitId, today),
    db().visit.findUniqueOrThrow({
      where: { id: visitId },
      select: {
        report: { select: { noAwardDecidedAt: true, noAwardReason: true } },
        award: { select: { issuedLevel: true, issuedAt: true, expiresOn: true, conditions: { orderBy: { dueOn: "asc" }, select: { description: true, dueOn: true } } } },
      },
    }),
  ]);
  if (!report) throw notFound("report");
  const decision: ReportDecision = outcome.award
    ? {
        kind: "AWARD",
        level: outcome.award.issuedLevel,
        issuedOn: todayInLondon(outcome.award.issuedAt),
        expiresOn: dbDateToIso(outcome.award.expiresOn),
        conditions: outcome.award.conditions.map((c) => ({ description: c.description, dueOn: dbDateToIso(c.dueOn) })),
      }
    : outcome.report?.noAwardDecidedAt
      ? { kind: "NO_AWARD", decidedOn: todayInLondon(outcome.report.noAwardDecidedAt), reason: outcome.report.noAwardReason }
      : { kind: "NONE" };
  return { organisationName, visitId, report, check, decision, printedOn: today };
}
