import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { dbDateToIso, todayInLondon, type IsoDate } from "@/lib/dates";
import { feedbackOrganisation, type FeedbackOrganisation } from "@/lib/feedback/rounds/access";
import { closeOverdueRounds } from "@/lib/feedback/rounds/closing";
import { roundPhase, type RoundPhase } from "@/lib/feedback/rounds/dates";
import { answersCountText } from "@/lib/feedback/rounds/distribution";
import { openingBlocker } from "@/lib/feedback/rounds/opening-blocker";

export type RoundSummaryRow = { id: string; startsOn: IsoDate; endsOn: IsoDate; services: string; phase: RoundPhase; answers: string };

export type FeedbackRoundList = {
  organisation: FeedbackOrganisation;
  rounds: RoundSummaryRow[];
  /** Why a new round cannot be opened now, or null. */
  blocker: string | null;
};

/**
 * The organisation's feedback rounds, newest first, for its admins and members. Rounds past their
 * end date are closed first (the daily job may not have run yet). Answer counts under the
 * threshold read "Fewer than 10".
 */
export async function listFeedbackRounds(actor: Actor, slug: string, options: { today?: IsoDate } = {}): Promise<FeedbackRoundList> {
  const organisation = await feedbackOrganisation(actor, slug, "feedback:view");
  const today = options.today ?? todayInLondon();
  await closeOverdueRounds(db(), { today, organisationId: organisation.id });
  const rows = await db().feedbackRound.findMany({
    where: { organisationId: organisation.id },
    select: { id: true, startsOn: true, endsOn: true, services: true, status: true, _count: { select: { responses: true } } },
    orderBy: [{ startsOn: "desc" }, { createdAt: "desc" }],
  });
  const rounds = rows.map((r) => {
    const dates = { startsOn: dbDateToIso(r.startsOn), endsOn: dbDateToIso(r.endsOn) };
    return { id: r.id, ...dates, services: r.services, phase: roundPhase({ status: r.status, ...dates }, today), answers: answersCountText(r._count.responses) };
  });
  return { organisation, rounds, blocker: await openingBlocker(db(), organisation.id) };
}
