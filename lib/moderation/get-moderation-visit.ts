import "server-only";
import type { Actor } from "@/lib/access/actor";
import type { VisitStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { dbDateToIso, todayInLondon, type IsoDate } from "@/lib/dates";
import { auditHistoryFor, type AuditHistoryRow } from "@/lib/audit/audit-history";
import { assertModerator, moderatedVisitWhere } from "@/lib/moderation/access";
import { readReport, type ReportView } from "@/lib/moderation/report-view";
import { readCheck, type CheckView } from "@/lib/moderation/check-view";
import { decisionBlocker, moderationStage, type ModerationStage } from "@/lib/moderation/stages";

export type VisitOutcome =
  | { kind: "AWARD"; awardId: string; issuedLevel: number; computedLevel: number; levelReason: string; issuedAt: Date; expiresOn: IsoDate; conditions: { description: string; dueOn: IsoDate }[] }
  | { kind: "NO_AWARD"; reason: string; decidedAt: Date };

export type ModerationVisit = {
  id: string;
  requestId: string;
  status: VisitStatus;
  stage: ModerationStage;
  scheduledFor: IsoDate;
  organisation: { name: string; slug: string };
  report: ReportView | null;
  check: CheckView | null;
  outcome: VisitOutcome | null;
  /** Why the award cannot be decided yet (null when it can). */
  blocker: string | null;
  history: AuditHistoryRow[];
};

/**
 * One visit for the scheme admin: the submitted report, the factual-accuracy check (its points
 * only once they are final), the decision and the audit history of the visit and its award.
 */
export async function getVisitForModeration(actor: Actor, visitId: string, options: { today?: IsoDate } = {}): Promise<ModerationVisit> {
  assertModerator(actor);
  const today = options.today ?? todayInLondon();
  const visit = await db().visit.findFirst({
    where: moderatedVisitWhere(actor, visitId),
    select: {
      id: true,
      status: true,
      scheduledFor: true,
      assessmentRequestId: true,
      organisation: { select: { name: true, slug: true } },
      report: { select: { noAwardDecidedAt: true, noAwardReason: true } },
      award: { select: { id: true, issuedLevel: true, computedLevel: true, levelReason: true, issuedAt: true, expiresOn: true, conditions: { select: { description: true, dueOn: true }, orderBy: { dueOn: "asc" } } } },
    },
  });
  if (!visit) throw notFound("visit");
  const [report, check] = await Promise.all([readReport(db(), visit.id), readCheck(db(), visit.id, today)]);
  const history = await auditHistoryFor(db(), [{ entityType: "Visit", entityIds: [visit.id] }, ...(visit.award ? [{ entityType: "Award", entityIds: [visit.award.id] }] : [])]);
  const outcome: VisitOutcome | null = visit.award
    ? {
        kind: "AWARD",
        awardId: visit.award.id,
        issuedLevel: visit.award.issuedLevel,
        computedLevel: visit.award.computedLevel,
        levelReason: visit.award.levelReason,
        issuedAt: visit.award.issuedAt,
        expiresOn: dbDateToIso(visit.award.expiresOn),
        conditions: visit.award.conditions.map((c) => ({ description: c.description, dueOn: dbDateToIso(c.dueOn) })),
      }
    : visit.report?.noAwardDecidedAt
      ? { kind: "NO_AWARD", reason: visit.report.noAwardReason, decidedAt: visit.report.noAwardDecidedAt }
      : null;
  const checkState = check ? { dueOn: check.dueOn, responded: check.respondedAt !== null } : null;
  return {
    id: visit.id,
    requestId: visit.assessmentRequestId,
    status: visit.status,
    stage: moderationStage(visit.status, checkState, today),
    scheduledFor: dbDateToIso(visit.scheduledFor),
    organisation: visit.organisation,
    report,
    // Points are the organisation's drafts until it replies or its deadline passes.
    check: check && !check.over ? { ...check, points: [] } : check,
    outcome,
    blocker: decisionBlocker({ status: visit.status, hasReport: report !== null, check: checkState && check ? { ...checkState, unansweredPoints: check.points.filter((p) => p.response === "").length } : null }, today),
    history,
  };
}

/** The visit of an assessment request, for linking the request page to moderation (null before assignment). */
export async function visitIdForRequest(actor: Actor, requestId: string): Promise<string | null> {
  assertModerator(actor);
  const visit = await db().visit.findFirst({ where: { ...moderatedVisitWhere(actor), assessmentRequestId: String(requestId) }, select: { id: true } });
  return visit?.id ?? null;
}
