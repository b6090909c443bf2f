import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { AwardStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/access/actor";
import { hasRole } from "@/lib/access/permissions";
import { organisationWhere } from "@/lib/access/scope";
import type { Permission } from "@/lib/access/permissions";
import { AppError, notFound } from "@/lib/errors";
import { awardStanding, type StandingView } from "@/lib/awards/standing";
import { dbDateToIso, type IsoDate } from "@/lib/dates";

/** Award pages for the scheme team: anyone else finds nothing there, not even that awards exist. */
export function assertSchemeAdmin(actor: Actor): void {
  if (!hasRole(actor, "SCHEME_ADMIN")) throw notFound("award");
}

export function invalid(error: z.ZodError): AppError {
  return new AppError("INVALID", "Check what you entered.", z.flattenError(error).fieldErrors);
}

/** An award row as the write services need it, read after the row is locked. */
export type LockedAward = {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationSlug: string;
  level: number;
  status: AwardStatus;
  expiresOn: IsoDate;
  reviewDueOn: IsoDate;
  review: { id: string; status: "REQUESTED" | "DECIDED" } | null;
  standing: StandingView;
};

/**
 * Locks the award row for the rest of the transaction, so two people deciding at once cannot
 * both act on the same state, then reads it. With `organisation` the award must belong to an
 * organisation the actor reaches with that permission; without, the caller has checked the role.
 * Anything else is NOT_FOUND.
 */
export async function lockAward(
  tx: Prisma.TransactionClient,
  awardId: string,
  today: IsoDate,
  organisation?: { actor: Actor; slug: string; permission: Permission },
): Promise<LockedAward> {
  await tx.$queryRaw`SELECT id FROM "Award" WHERE id = ${String(awardId)} FOR UPDATE`;
  const award = await tx.award.findFirst({
    where: {
      id: String(awardId),
      ...(organisation ? { organisation: { AND: [{ slug: String(organisation.slug) }, organisationWhere(organisation.actor, organisation.permission)] } } : {}),
    },
    select: {
      id: true,
      organisationId: true,
      level: true,
      status: true,
      expiresOn: true,
      reviewDueOn: true,
      organisation: { select: { name: true, slug: true } },
      review: { select: { id: true, status: true } },
    },
  });
  if (!award) throw notFound("award");
  const expiresOn = dbDateToIso(award.expiresOn);
  return {
    id: award.id,
    organisationId: award.organisationId,
    organisationName: award.organisation.name,
    organisationSlug: award.organisation.slug,
    level: award.level,
    status: award.status,
    expiresOn,
    reviewDueOn: dbDateToIso(award.reviewDueOn),
    review: award.review,
    standing: awardStanding({ status: award.status, expiresOn, reviewPending: award.review?.status === "REQUESTED" }, today),
  };
}
