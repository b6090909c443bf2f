import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { hashInvitationToken, isInvitationTokenShaped } from "@/lib/members/invitation-token";

export type ClaimedInvitation = { id: string; email: string; role: Role; organisationId: string; organisationSlug: string };

/** One answer for every unusable link, so a guessed token learns nothing more than a real one. */
export const invitationUnusable = () =>
  new AppError("CONFLICT", "This invitation has expired, been cancelled or already been used. Ask the person who invited you to send a new one.");

/** The invitation a token names, whatever its state; unusable when there is none. */
export async function invitationForToken(tx: Prisma.TransactionClient, token: string): Promise<ClaimedInvitation> {
  if (!isInvitationTokenShaped(token)) throw invitationUnusable();
  const invitation = await tx.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { id: true, email: true, role: true, organisationId: true, organisation: { select: { slug: true } } },
  });
  if (!invitation) throw invitationUnusable();
  return { id: invitation.id, email: invitation.email, role: invitation.role, organisationId: invitation.organisationId, organisationSlug: invitation.organisation.slug };
}

/**
 * Marks the invitation used, inside the caller's transaction. The update is conditional, so of
 * two presses at once only one succeeds, and expired or cancelled invitations are refused.
 */
export async function markInvitationAccepted(tx: Prisma.TransactionClient, invitationId: string): Promise<void> {
  const now = new Date();
  const { count } = await tx.invitation.updateMany({
    where: { id: invitationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now },
  });
  if (count === 0) throw invitationUnusable();
}
