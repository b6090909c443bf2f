import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { dbDateToIso, todayInLondon, type IsoDate } from "@/lib/dates";
import { invalid, lockVisitForModeration, type LockedVisit } from "@/lib/moderation/access";
import { decisionSchema } from "@/lib/moderation/schemas";
import { ALREADY_DECIDED, decisionBlocker, NO_REPORT, type DecisionState } from "@/lib/moderation/stages";
import { issueAward } from "@/lib/moderation/issue-award";
import { closeWithoutAward } from "@/lib/moderation/close-without-award";

export { ALREADY_DECIDED, NO_REPORT };

export type DecisionOutcome = { outcome: "AWARD"; awardId: string; level: number } | { outcome: "NO_AWARD" };
export type DecideOptions = { today?: IsoDate; now?: Date; newCode?: () => string };

function decisionState(visit: LockedVisit): DecisionState {
  const check = visit.accuracyCheck;
  return {
    status: visit.status,
    hasReport: visit.report !== null,
    check: check ? { dueOn: dbDateToIso(check.dueOn), responded: check.respondedAt !== null, unansweredPoints: check.points.filter((p) => p.response === "").length } : null,
  };
}

/**
 * The scheme admin's decision on a moderated visit: issue an award (never above the engine's
 * verified level, which is read from the report and never from the form) or close without one.
 * One transaction with the visit row locked, so a second decision, however close behind, is
 * refused. The organisation's admins' emails are queued in the same transaction.
 */
export async function decideVisit(actor: Actor, visitId: string, input: unknown, options: DecideOptions = {}): Promise<DecisionOutcome> {
  const now = options.now ?? new Date();
  const today = options.today ?? todayInLondon(now);
  return db().$transaction(async (tx) => {
    const visit = await lockVisitForModeration(actor, visitId, tx);
    const blocker = decisionBlocker(decisionState(visit), today);
    if (blocker) throw new AppError("CONFLICT", blocker);
    const report = visit.report;
    if (!report) throw new AppError("CONFLICT", NO_REPORT);
    const parsed = decisionSchema({ computedLevel: report.verifiedLevel, today }).safeParse(input);
    if (!parsed.success) throw invalid(parsed.error);
    const decision = parsed.data;
    return decision.outcome === "AWARD"
      ? issueAward(tx, actor, visit, decision, { today, now, ...(options.newCode ? { newCode: options.newCode } : {}) })
      : closeWithoutAward(tx, actor, visit, decision.reason, now);
  });
}
