import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { getManageableOrganisation } from "@/lib/members/manageable-organisation";
import { recordAudit } from "@/lib/audit/record-audit";

/**
 * Cancels an invitation that has not been used, so its link stops working. The row is kept
 * (revokedAt) so that whoever opens the old link is told it was cancelled, not that it is wrong.
 */
export async function cancelInvitation(actor: Actor, slug: string, invitationId: string): Promise<void> {
  const organisation = await getManageableOrganisation(actor, slug);
  await db().$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, organisationId: organisation.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw notFound("invitation");
    await recordAudit(tx, { actorUserId: actor.userId, organisationId: organisation.id, action: "member.invitation.cancelled", entityType: "Invitation", entityId: invitationId });
  });
}
