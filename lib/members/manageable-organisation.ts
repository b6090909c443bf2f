import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/access/actor";
import { can } from "@/lib/access/permissions";
import { AppError, notFound } from "@/lib/errors";
import { getOrganisation, type OrganisationView } from "@/lib/organisations/get-organisation";

/**
 * The organisation whose people the actor may manage ("members:manage"), or NOT_FOUND.
 * Only provider organisations invite and manage people here: the scheme's and commissioners'
 * roles (assessor, scheme admin, commissioner) are set up by the scheme team, not invited.
 */
export async function getManageableOrganisation(actor: Actor, slug: string): Promise<OrganisationView> {
  const organisation = await getOrganisation(actor, slug, "members:manage");
  if (organisation.kind !== "PROVIDER") throw notFound("organisation");
  return organisation;
}

/** For pages: whether to show the manage controls (the services check again). */
export function canManageMembers(actor: Pick<Actor, "memberships">, organisation: Pick<OrganisationView, "id" | "kind">): boolean {
  return organisation.kind === "PROVIDER" && can(actor, "members:manage", organisation);
}

/**
 * Serialises changes to one organisation's memberships, so two admins demoting or removing each
 * other at the same moment cannot both pass the "another admin remains" check.
 */
export async function lockMemberships(tx: Prisma.TransactionClient, organisationId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Organisation" WHERE "id" = ${organisationId} FOR UPDATE`;
}

/** Refuses a change that would leave the organisation with no administrator. */
export async function assertAnotherAdminRemains(tx: Prisma.TransactionClient, organisationId: string, leavingMembershipId: string, message: string): Promise<void> {
  const others = await tx.membership.count({ where: { organisationId, role: "ORG_ADMIN", id: { not: leavingMembershipId } } });
  if (others === 0) throw new AppError("CONFLICT", message);
}
