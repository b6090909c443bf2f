import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { assertAnotherAdminRemains, getManageableOrganisation, lockManagedMembership } from "@/lib/members/manageable-organisation";
import { recordAudit } from "@/lib/audit/record-audit";

/**
 * Removes someone from a provider organisation (admins and scheme admins only). Their account
 * stays, with any other memberships. Admins may remove themselves while another admin remains;
 * the last administrator can never be removed.
 */
export async function removeMember(actor: Actor, slug: string, membershipId: string): Promise<{ removedSelf: boolean }> {
  const organisation = await getManageableOrganisation(actor, slug);
  return db().$transaction(async (tx) => {
    const membership = await lockManagedMembership(tx, organisation.id, membershipId);
    const removedSelf = membership.userId === actor.userId;
    if (membership.role === "ORG_ADMIN") {
      const who = removedSelf ? "You are" : `${membership.user.name} is`;
      await assertAnotherAdminRemains(tx, organisation.id, membership.id, `${who} the only administrator of ${organisation.name}, so cannot be removed. Make someone else an administrator first.`);
    }
    await tx.membership.delete({ where: { id: membership.id } });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: organisation.id,
      action: "member.removed",
      entityType: "Membership",
      entityId: membership.id,
      before: { userId: membership.userId, role: membership.role },
    });
    return { removedSelf };
  });
}
