import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { hashInvitationToken, invitationStatus, isInvitationTokenShaped, type InvitationStatus } from "@/lib/members/invitation-token";

export type InvitationLookup =
  | { status: "invalid" }
  | {
      status: InvitationStatus;
      email: string;
      role: Role;
      organisationName: string;
      invitedByName: string | null;
      expiresAt: Date;
      /** Whether the invited address already has an account: they sign in rather than sign up. */
      accountExists: boolean;
    };

/**
 * Reads an invitation from the token in its link, for the page that accepts it. Needs no
 * sign-in: holding the emailed token is what entitles someone to see whom it invites, where.
 */
export async function findInvitation(token: string): Promise<InvitationLookup> {
  if (!isInvitationTokenShaped(token)) return { status: "invalid" };
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      email: true,
      role: true,
      acceptedAt: true,
      revokedAt: true,
      expiresAt: true,
      organisation: { select: { name: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!invitation) return { status: "invalid" };
  const status = invitationStatus(invitation, new Date());
  const account = status === "pending" ? await db().user.findUnique({ where: { email: invitation.email }, select: { id: true } }) : null;
  return {
    status,
    email: invitation.email,
    role: invitation.role,
    organisationName: invitation.organisation.name,
    invitedByName: invitation.invitedBy?.name ?? null,
    expiresAt: invitation.expiresAt,
    accountExists: account !== null,
  };
}
