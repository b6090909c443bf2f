import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { dbDateToIso, todayInLondon, type IsoDate } from "@/lib/dates";
import { feedbackOrganisation, findRound, type FeedbackOrganisation } from "@/lib/feedback/rounds/access";
import { closeOverdueRounds } from "@/lib/feedback/rounds/closing";
import { roundPhase, type RoundPhase } from "@/lib/feedback/rounds/dates";
import { answersCountText } from "@/lib/feedback/rounds/distribution";
import { feedbackLink, type FeedbackLink } from "@/lib/feedback/rounds/round-link";

export type RoundDetails = {
  organisation: FeedbackOrganisation;
  id: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  services: string;
  phase: RoundPhase;
  /** The UK date it closed, or null while open. */
  closedOn: IsoDate | null;
  answers: string;
  link: FeedbackLink;
  /** The evidence item the round became, while it is in the library. */
  evidenceItemId: string | null;
};

/**
 * One round of the organisation, for its admins and members; closed first if its end date has
 * passed. Another organisation's round, or a made-up id, is NOT_FOUND.
 */
export async function getFeedbackRound(actor: Actor, slug: string, roundId: string, options: { today?: IsoDate } = {}): Promise<RoundDetails> {
  const organisation = await feedbackOrganisation(actor, slug, "feedback:view");
  const today = options.today ?? todayInLondon();
  await closeOverdueRounds(db(), { today, organisationId: organisation.id });
  const round = await findRound(organisation.id, roundId);
  const [responses, evidence] = await Promise.all([
    db().feedbackResponse.count({ where: { roundId: round.id } }),
    round.evidenceItemId ? db().evidenceItem.findFirst({ where: { id: round.evidenceItemId, organisationId: organisation.id, deletedAt: null }, select: { id: true } }) : null,
  ]);
  const dates = { startsOn: dbDateToIso(round.startsOn), endsOn: dbDateToIso(round.endsOn) };
  return {
    organisation,
    id: round.id,
    ...dates,
    services: round.services,
    phase: roundPhase({ status: round.status, ...dates }, today),
    closedOn: round.closedAt ? todayInLondon(round.closedAt) : null,
    answers: answersCountText(responses),
    link: feedbackLink(round.linkCode),
    evidenceItemId: evidence?.id ?? null,
  };
}
