import "server-only";
import { db } from "@/lib/db/client";
import { dbDateToIso, todayInLondon, type IsoDate } from "@/lib/dates";
import { isLinkCode } from "@/lib/feedback/rounds/link-code";
import { roundPhase } from "@/lib/feedback/rounds/dates";

/** What the public form may show about a round: nothing about the organisation beyond its name. */
export type PublicRound = { id: string; linkCode: string; organisationName: string; services: string; startsOn: IsoDate; endsOn: IsoDate };

export type PublicRoundLookup =
  | { kind: "NOT_FOUND" }
  | { kind: "NOT_STARTED"; round: PublicRound }
  | { kind: "FINISHED"; round: PublicRound }
  | { kind: "OPEN"; round: PublicRound };

/**
 * Finds a round by the code in its public link. No sign-in: the 40-bit code is the key. A round
 * takes answers while it is OPEN and today (in London) is within its dates; past its end date it
 * has finished even if nobody has closed it yet.
 */
export async function findPublicRound(linkCode: string, today: IsoDate = todayInLondon()): Promise<PublicRoundLookup> {
  if (!isLinkCode(linkCode)) return { kind: "NOT_FOUND" };
  const row = await db().feedbackRound.findUnique({
    where: { linkCode },
    select: { id: true, linkCode: true, services: true, status: true, startsOn: true, endsOn: true, organisation: { select: { name: true } } },
  });
  if (!row) return { kind: "NOT_FOUND" };
  const round: PublicRound = {
    id: row.id,
    linkCode: row.linkCode,
    organisationName: row.organisation.name,
    services: row.services,
    startsOn: dbDateToIso(row.startsOn),
    endsOn: dbDateToIso(row.endsOn),
  };
  const phase = roundPhase({ status: row.status, startsOn: round.startsOn, endsOn: round.endsOn }, today);
  if (phase === "TAKING_ANSWERS") return { kind: "OPEN", round };
  return { kind: phase === "NOT_STARTED" ? "NOT_STARTED" : "FINISHED", round };
}

/** Whether the browser holding this token (its SHA-256) has answered the round. */
export async function browserHasAnswered(roundId: string, tokenHash: string): Promise<boolean> {
  const row = await db().feedbackBrowser.findUnique({ where: { roundId_tokenHash: { roundId, tokenHash } }, select: { roundId: true } });
  return row !== null;
}
