import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { invitationForToken, markInvitationAccepted } from "@/lib/members/claim-invitation";
import { newAccountSchema } from "@/lib/members/schemas";
import { recordAudit } from "@/lib/audit/record-audit";

const accountExists = (email: string) =>
  new AppError("CONFLICT", `There is already an account for ${email}. Sign in with it to accept the invitation.`);

/**
 * Accepts an invitation for someone without an account: creates the account for the invited
 * address, its membership, and marks the invitation used, all in one transaction. Returns the
 * address so the browser can sign in with it and the password just chosen.
 */
export async function acceptInvitationWithNewAccount(token: string, input: unknown): Promise<{ email: string; organisationSlug: string }> {
  const parsed = newAccountSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", "Check the details you entered.", z.flattenError(parsed.error).fieldErrors);
  // Hashing is deliberately slow; do it before the transaction so no rows stay locked meanwhile.
  const passwordHash = await hashPassword(parsed.data.password);
  try {
    return await db().$transaction(async (tx) => {
      const invitation = await invitationForToken(tx, token);
      await markInvitationAccepted(tx, invitation.id);
      if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) throw accountExists(invitation.email);
      const user = await tx.user.create({
        data: {
          email: invitation.email,
          name: parsed.data.name,
          passwordHash,
          memberships: { create: { organisationId: invitation.organisationId, role: invitation.role } },
        },
        select: { id: true, memberships: { select: { id: true } } },
      });
      await recordAudit(tx, {
        actorUserId: user.id,
        organisationId: invitation.organisationId,
        action: "member.invitation.accepted",
        entityType: "Invitation",
        entityId: invitation.id,
        after: { userId: user.id, membershipId: user.memberships[0]?.id ?? null, role: invitation.role, newAccount: true },
      });
      return { email: invitation.email, organisationSlug: invitation.organisationSlug };
    });
  } catch (error) {
    // Someone created the same account at the same moment: the unique email caught it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw accountExists("this email address");
    }
    throw error;
  }
}
