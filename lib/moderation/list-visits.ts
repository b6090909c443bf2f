import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { dbDateToIso, todayInLondon, type IsoDate } from "@/lib/dates";
import { assertModerator, moderatedVisitWhere } from "@/lib/moderation/access";
import { moderationStage, type ModerationStage } from "@/lib/moderation/stages";

export type ModerationRow = {
  id: string;
  organisationName: string;
  scheduledFor: IsoDate;
  stage: ModerationStage;
  verifiedLevel: number | null;
  /** While the organisation checks the report: its last day to reply. */
  checkDueOn: IsoDate | null;
  pointsToAnswer: number;
  awardLevel: number | null;
};

/**
 * Every visit for the scheme admin, grouped by where it is in moderation. Within each group the
 * most pressing first: the earliest visit date, or for checks the earliest deadline.
 */
export async function listVisitsForModeration(actor: Actor, options: { today?: IsoDate } = {}): Promise<Record<ModerationStage, ModerationRow[]>> {
  assertModerator(actor);
  const today = options.today ?? todayInLondon();
  const visits = await db().visit.findMany({
    where: moderatedVisitWhere(actor),
    orderBy: [{ scheduledFor: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      scheduledFor: true,
      organisation: { select: { name: true } },
      report: { select: { verifiedLevel: true } },
      accuracyCheck: { select: { dueOn: true, respondedAt: true, points: { select: { response: true } } } },
      award: { select: { issuedLevel: true } },
    },
  });
  const groups: Record<ModerationStage, ModerationRow[]> = { IN_PROGRESS: [], REPORT_RECEIVED: [], WITH_ORGANISATION: [], READY_TO_DECIDE: [], CLOSED: [] };
  for (const v of visits) {
    const check = v.accuracyCheck ? { dueOn: dbDateToIso(v.accuracyCheck.dueOn), responded: v.accuracyCheck.respondedAt !== null } : null;
    const stage = moderationStage(v.status, check, today);
    groups[stage].push({
      id: v.id,
      organisationName: v.organisation.name,
      scheduledFor: dbDateToIso(v.scheduledFor),
      stage,
      verifiedLevel: v.report?.verifiedLevel ?? null,
      checkDueOn: check?.dueOn ?? null,
      pointsToAnswer: v.accuracyCheck?.points.filter((p) => p.response === "").length ?? 0,
      awardLevel: v.award?.issuedLevel ?? null,
    });
  }
  groups.WITH_ORGANISATION.sort((a, b) => (a.checkDueOn ?? "").localeCompare(b.checkDueOn ?? ""));
  groups.CLOSED.reverse();
  return groups;
}
