import "server-only";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/access/actor";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { hit, type RateLimitRule } from "@/lib/security/rate-limit";
import { createInvitationToken, invitationExpiry, INVITATION_LIFETIME_DAYS } from "@/lib/members/invitation-token";
import { lockMemberships } from "@/lib/members/manageable-organisation";
import { recordAudit } from "@/lib/audit/record-audit";

/** Invitations are emails sent on an admin's say-so: a cap stops a hijacked account spamming. */
export const INVITATION_RULE: RateLimitRule = { limit: 20, windowSeconds: 60 * 60 };

type Invite = { organisation: { id: string; name: string }; email: string; role: Role; invitedBy: Actor };

/**
 * Creates an invitation and emails its link (used by invite and resend). Any earlier pending
 * invitation for the same address is cancelled, so only the newest link works. Callers have
 * already checked that the actor may manage the organisation's people.
 */
export async function sendInvitation({ organisation, email, role, invitedBy }: Invite): Promise<{ invitationId: string }> {
  const member = await db().membership.findFirst({ where: { organisationId: organisation.id, user: { email } }, select: { id: true } });
  if (member) {
    const message = `${email} is already a member of ${organisation.name}. To change what they can do, change their role instead.`;
    throw new AppError("CONFLICT", message, { email: [message] });
  }
  await countAgainstHourlyLimit(organisation.id);

  const { token, tokenHash } = createInvitationToken();
  const now = new Date();
  const invitation = await db().$transaction(async (tx) => {
    await lockMemberships(tx, organisation.id);
    const replaced = await tx.invitation.updateMany({ where: { organisationId: organisation.id, email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const created = await tx.invitation.create({
      data: { organisationId: organisation.id, email, role, tokenHash, expiresAt: invitationExpiry(now), invitedById: invitedBy.userId },
      select: { id: true },
    });
    // The address is personal data: the invitation row keeps it, the history points to the row.
    await recordAudit(tx, {
      actorUserId: invitedBy.userId,
      organisationId: organisation.id,
      action: "member.invited",
      entityType: "Invitation",
      entityId: created.id,
      after: { role, replacedInvitations: replaced.count },
    });
    return created;
  });

  const link = new URL(`/invitations/${token}`, getEnv().NEXTAUTH_URL).toString();
  await sendMail({
    to: email,
    subject: `You are invited to join ${organisation.name} on the Coproduction Quality Mark`,
    text: [
      "Hello,",
      "",
      `${invitedBy.name} has invited you to join ${organisation.name} on the Coproduction Quality Mark, as: ${ROLE_LABELS[role]}.`,
      "The Coproduction Quality Mark helps organisations check how well they work together with the people who use their services.",
      "",
      `Open this link to accept. It works once, for the next ${INVITATION_LIFETIME_DAYS} days:`,
      link,
      "",
      `If you were not expecting this invitation, you can ignore this email, or ask ${invitedBy.name} about it.`,
    ].join("\n"),
  });
  return { invitationId: invitation.id };
}

async function countAgainstHourlyLimit(organisationId: string): Promise<void> {
  const result = await hit(`invitations:organisation:${organisationId}`, INVITATION_RULE);
  if (result.allowed) return;
  const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
  throw new AppError(
    "RATE_LIMITED",
    `Your organisation has sent ${INVITATION_RULE.limit} invitations in the last hour, which is the most we allow. You can send more in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
  );
}
