import "server-only";
import type { Actor } from "@/lib/access/actor";
import { organisationWhere } from "@/lib/access/scope";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

export type FeedbackOrganisation = { id: string; slug: string; name: string };

/**
 * The provider whose feedback rounds the actor may see ("feedback:view": its admins and members)
 * or run ("feedback:manage": its admins). Anyone else, and any other organisation, gets NOT_FOUND.
 */
export async function feedbackOrganisation(actor: Actor, slug: string, permission: "feedback:view" | "feedback:manage"): Promise<FeedbackOrganisation> {
  const organisation = await db().organisation.findFirst({
    where: { AND: [{ slug: String(slug), kind: "PROVIDER" }, organisationWhere(actor, permission)] },
    select: { id: true, slug: true, name: true },
  });
  if (!organisation) throw notFound("organisation");
  return organisation;
}

export type RoundRow = { id: string; linkCode: string; startsOn: Date; endsOn: Date; services: string; status: "OPEN" | "CLOSED"; closedAt: Date | null; evidenceItemId: string | null };

/** One of the organisation's rounds; a crafted id or another organisation's round is NOT_FOUND. */
export async function findRound(organisationId: string, roundId: string): Promise<RoundRow> {
  const round = await db().feedbackRound.findFirst({
    where: { id: String(roundId), organisationId },
    select: { id: true, linkCode: true, startsOn: true, endsOn: true, services: true, status: true, closedAt: true, evidenceItemId: true },
  });
  if (!round) throw notFound("feedback round");
  return round;
}
