import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { assertAnotherAdminRemains, getManageableOrganisation, lockMemberships } from "@/lib/members/manageable-organisation";
import { INVITABLE_ROLES } from "@/lib/members/schemas";

/**
 * Removes someone from a provider organisation (admins and scheme admins only). Their account
 * stays, with any other memberships. Admins may remove themselves while another admin remains;
 * the last administrator can never be removed.
 */
export async function removeMember(actor: Actor, slug: string, membershipId: string): Promise<{ removedSelf: boolean }> {
  const organisation = await getManageableOrganisation(actor, slug);
  return db().$transaction(async (tx) => {
    await lockMemberships(tx, organisation.id);
    const membership = await tx.membership.findFirst({
      where: { id: membershipId, organisationId: organisation.id, role: { in: [...INVITABLE_ROLES] } },
      select: { id: true, role: true, userId: true, user: { select: { name: true } } },
    });
    if (!membership) throw notFound("person");
    const removedSelf = membership.userId === actor.userId;
    if (membership.role === "ORG_ADMIN") {
      const who = removedSelf ? "You are" : `${membership.user.name} is`;
      await assertAnotherAdminRemains(tx, organisation.id, membership.id, `${who} the only administrator of ${organisation.name}, so cannot be removed. Make someone else an administrator first.`);
    }
    await tx.membership.delete({ where: { id: membership.id } });
    return { removedSelf };
  });
}
