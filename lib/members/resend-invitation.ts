import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { getManageableOrganisation } from "@/lib/members/manageable-organisation";
import { sendInvitation } from "@/lib/members/send-invitation";

/**
 * Sends a pending (or expired, never used) invitation again with a new link and a new 7 days.
 * Only its hash is stored, so the old link cannot be re-sent: it is cancelled instead.
 */
export async function resendInvitation(actor: Actor, slug: string, invitationId: string): Promise<{ invitationId: string }> {
  const organisation = await getManageableOrganisation(actor, slug);
  const invitation = await db().invitation.findFirst({
    where: { id: invitationId, organisationId: organisation.id, acceptedAt: null, revokedAt: null },
    select: { email: true, role: true },
  });
  if (!invitation) throw notFound("invitation");
  return sendInvitation({ organisation, email: invitation.email, role: invitation.role, invitedBy: actor });
}
