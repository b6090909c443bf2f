import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/access/actor";
import { can } from "@/lib/access/permissions";
import { AppError, notFound } from "@/lib/errors";
import { getOrganisation, type OrganisationView } from "@/lib/organisations/get-organisation";
import { INVITABLE_ROLES } from "@/lib/members/schemas";

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

/**
 * Locks the organisation's memberships and returns one manageable membership of it (NOT_FOUND
 * for anyone else's): the start of every change to a person's place in an organisation.
 */
export async function lockManagedMembership(tx: Prisma.TransactionClient, organisationId: string, membershipId: string) {
  await lockMemberships(tx, organisationId);
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, organisationId, role: { in: [...INVITABLE_ROLES] } },
    select: { id: true, role: true, userId: true, user: { select: { name: true } } },
  });
  if (!membership) throw notFound("person");
  return membership;
}
