import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertAnotherAdminRemains, getManageableOrganisation, lockManagedMembership } from "@/lib/members/manageable-organisation";
import { changeRoleSchema } from "@/lib/members/schemas";
import { recordAudit } from "@/lib/audit/record-audit";

/**
 * Changes a member's role in a provider organisation (admins and scheme admins only). Refuses
 * to demote the last administrator, so an organisation can always manage its own people.
 */
export async function changeMemberRole(actor: Actor, slug: string, membershipId: string, input: unknown): Promise<{ changedOwnRole: boolean }> {
  const organisation = await getManageableOrganisation(actor, slug);
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", "Choose a role.", z.flattenError(parsed.error).fieldErrors);
  const { role } = parsed.data;

  return db().$transaction(async (tx) => {
    const membership = await lockManagedMembership(tx, organisation.id, membershipId);
    const changedOwnRole = membership.userId === actor.userId;
    if (membership.role === role) return { changedOwnRole: false };
    if (membership.role === "ORG_ADMIN") {
      const who = changedOwnRole ? "You are" : `${membership.user.name} is`;
      const message = `${who} the only administrator of ${organisation.name}. Make someone else an administrator first, so there is always someone who can manage its people.`;
      await assertAnotherAdminRemains(tx, organisation.id, membership.id, message);
    }
    await tx.membership.update({ where: { id: membership.id }, data: { role } });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: organisation.id,
      action: "member.role.changed",
      entityType: "Membership",
      entityId: membership.id,
      before: { userId: membership.userId, role: membership.role },
      after: { userId: membership.userId, role },
    });
    return { changedOwnRole };
  }).catch((error: unknown) => {
    // The "last admin" refusal belongs beside the role radios as well as in the summary.
    if (error instanceof AppError && error.kind === "CONFLICT") throw new AppError("CONFLICT", error.message, { role: [error.message] });
    throw error;
  });
}
