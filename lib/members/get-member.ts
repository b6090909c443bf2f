import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { OrganisationView } from "@/lib/organisations/get-organisation";
import type { MemberView } from "@/lib/members/list-members";
import { getManageableOrganisation } from "@/lib/members/manageable-organisation";
import { INVITABLE_ROLES } from "@/lib/members/schemas";

export type ManagedMember = MemberView & { isOnlyAdmin: boolean };

/**
 * One person in an organisation whose people the actor manages, for the change-role and remove
 * pages. NOT_FOUND for anyone outside that organisation, whatever id is put in the address.
 */
export async function getMemberToManage(actor: Actor, slug: string, membershipId: string): Promise<{ organisation: OrganisationView; member: ManagedMember }> {
  const organisation = await getManageableOrganisation(actor, slug);
  const [membership, admins] = await Promise.all([
    db().membership.findFirst({
      where: { id: membershipId, organisationId: organisation.id, role: { in: [...INVITABLE_ROLES] } },
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    db().membership.count({ where: { organisationId: organisation.id, role: "ORG_ADMIN" } }),
  ]);
  if (!membership) throw notFound("person");
  return {
    organisation,
    member: {
      membershipId: membership.id,
      userId: membership.user.id,
      name: membership.user.name,
      email: membership.user.email,
      role: membership.role,
      since: membership.createdAt,
      isYou: membership.user.id === actor.userId,
      isOnlyAdmin: membership.role === "ORG_ADMIN" && admins === 1,
    },
  };
}
