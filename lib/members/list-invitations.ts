import "server-only";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { getManageableOrganisation } from "@/lib/members/manageable-organisation";

export type InvitationView = { id: string; email: string; role: Role; invitedByName: string | null; sentAt: Date; expiresAt: Date; expired: boolean };

/**
 * Invitations not yet used or cancelled, newest first, for the people who manage members.
 * Expired ones are included so an admin can see them and send them again.
 */
export async function listPendingInvitations(actor: Actor, slug: string): Promise<InvitationView[]> {
  const organisation = await getManageableOrganisation(actor, slug);
  const now = new Date();
  const rows = await db().invitation.findMany({
    where: { organisationId: organisation.id, acceptedAt: null, revokedAt: null },
    select: { id: true, email: true, role: true, createdAt: true, expiresAt: true, invitedBy: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    role: row.role,
    invitedByName: row.invitedBy?.name ?? null,
    sentAt: row.createdAt,
    expiresAt: row.expiresAt,
    expired: row.expiresAt <= now,
  }));
}
