// Invitation tokens: one-time tokens (lib/security/one-time-token.ts) with a 7-day life. Pure.
import { createOneTimeToken, hashOneTimeToken, isOneTimeTokenShaped } from "@/lib/security/one-time-token";

export const INVITATION_LIFETIME_DAYS = 7;

export type InvitationStatus = "pending" | "accepted" | "cancelled" | "expired";

/** A new random token and the hash to store; the token itself only ever goes into the email. */
export const createInvitationToken = createOneTimeToken;

/** The SHA-256 (hex) stored for a token, and looked up when a link is opened. */
export const hashInvitationToken = hashOneTimeToken;

/** Whether a string could be a token at all, so malformed links never reach the database. */
export const isInvitationTokenShaped = isOneTimeTokenShaped;

/** When an invitation sent at `from` stops working. */
export function invitationExpiry(from: Date): Date {
  return new Date(from.getTime() + INVITATION_LIFETIME_DAYS * 24 * 60 * 60 * 1000);
}

/**
 * Where an invitation stands. Accepted and cancelled win over expired: people are told what
 * actually happened to their link, which tells them whom to ask.
 */
export function invitationStatus(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "cancelled";
  if (invitation.expiresAt <= now) return "expired";
  return "pending";
}
