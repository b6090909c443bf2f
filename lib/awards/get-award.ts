import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { auditHistoryFor, type AuditHistoryRow } from "@/lib/audit/audit-history";
import { notFound } from "@/lib/errors";
import { todayInLondon, type IsoDate } from "@/lib/dates";
import { assertSchemeAdmin } from "@/lib/awards/access";
import { AWARD_VIEW_SELECT, toAwardView, type AwardView } from "@/lib/awards/award-view";
import { loadInvolvement } from "@/lib/awards/involvement";
import { involvementReason, reductionChoices, statusChangeOutcome, STATUS_CHANGES, type StatusChange } from "@/lib/awards/rules";

export type AdminAward = AwardView & {
  organisation: { name: string; slug: string };
  /** Why this admin may not decide the review (they took part in the decision), or null. */
  involvedBecause: string | null;
  /** Levels a missed condition may take the award to, highest first; 0 revokes. */
  reductionChoices: number[];
  /** The status changes open now, in the order they are offered. */
  statusChanges: StatusChange[];
  history: AuditHistoryRow[];
};

/** One award for the scheme team: everything on the organisation's page, plus its audit history. */
export async function getAwardForAdmin(actor: Actor, awardId: string, options: { today?: IsoDate } = {}): Promise<AdminAward> {
  assertSchemeAdmin(actor);
  const today = options.today ?? todayInLondon();
  const row = await db().award.findUnique({ where: { id: String(awardId) }, select: { ...AWARD_VIEW_SELECT, organisation: { select: { name: true, slug: true } } } });
  if (!row) throw notFound("award");
  const award = toAwardView(row, today);
  const [involvement, history] = await Promise.all([loadInvolvement(db(), row.id), auditHistoryFor(db(), [{ entityType: "Award", entityIds: [row.id] }])]);
  return {
    ...award,
    organisation: row.organisation,
    involvedBecause: involvementReason(involvement, actor.userId),
    reductionChoices: reductionChoices(award.level),
    statusChanges: STATUS_CHANGES.filter((change) => "to" in statusChangeOutcome(change, award.status, award.standing.standing)),
    history,
  };
}
