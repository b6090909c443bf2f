import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { invitationForToken, markInvitationAccepted } from "@/lib/members/claim-invitation";
import { recordAudit } from "@/lib/audit/record-audit";

/**
 * Joins the signed-in person to the organisation an invitation is for. They must be signed in
 * as the invited address (FORBIDDEN otherwise, and the invitation stays usable). Marking the
 * invitation used and creating the membership happen in one transaction; if they are somehow
 * already a member, their existing role is kept.
 */
export async function acceptInvitation(actor: Actor, token: string): Promise<{ organisationSlug: string }> {
  return db().$transaction(async (tx) => {
    const invitation = await invitationForToken(tx, token);
    if (invitation.email !== actor.email) {
      throw new AppError("FORBIDDEN", `This invitation is for ${invitation.email}, but you are signed in as ${actor.email}. Sign out, then sign in as ${invitation.email}.`);
    }
    await markInvitationAccepted(tx, invitation.id);
    const membership = await tx.membership.upsert({
      where: { userId_organisationId: { userId: actor.userId, organisationId: invitation.organisationId } },
      create: { userId: actor.userId, organisationId: invitation.organisationId, role: invitation.role },
      update: {},
      select: { id: true, role: true },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: invitation.organisationId,
      action: "member.invitation.accepted",
      entityType: "Invitation",
      entityId: invitation.id,
      after: { userId: actor.userId, membershipId: membership.id, role: membership.role },
    });
    return { organisationSlug: invitation.organisationSlug };
  });
}
