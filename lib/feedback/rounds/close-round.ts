import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { dbDateToIso, todayInLondon, type IsoDate } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { feedbackOrganisation, findRound } from "@/lib/feedback/rounds/access";
import { closeRoundInTransaction, type CloseOutcome } from "@/lib/feedback/rounds/closing";
import { closeDateAtEnd } from "@/lib/feedback/rounds/dates";

export const ALREADY_CLOSED = "This feedback round has already closed. Nothing has been changed.";

/**
 * "Close the round now", for the organisation's admins. With at least 10 answers the results
 * become an evidence item in the library. A round already closed (by someone else, or by the
 * daily job) is a CONFLICT and nothing changes.
 */
export async function closeFeedbackRound(actor: Actor, slug: string, roundId: string, options: { today?: IsoDate } = {}): Promise<Omit<CloseOutcome, "closed">> {
  const organisation = await feedbackOrganisation(actor, slug, "feedback:manage");
  const round = await findRound(organisation.id, roundId);
  const today = options.today ?? todayInLondon();
  const endsOn = dbDateToIso(round.endsOn);
  // A round already past its end closed then, whoever gets to it first.
  const close = endsOn < today
    ? { closedOn: closeDateAtEnd(endsOn), reason: "END_DATE_PASSED" as const }
    : { closedOn: today, reason: "CLOSED_BY_ADMIN" as const };
  const outcome = await db().$transaction((tx) => closeRoundInTransaction(tx, round.id, { ...close, actorUserId: actor.userId }));
  if (!outcome.closed) throw new AppError("CONFLICT", ALREADY_CLOSED);
  return { evidenceItemId: outcome.evidenceItemId };
}
