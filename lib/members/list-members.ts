import "server-only";
import { db } from "@/lib/db/client";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import type { Actor } from "@/lib/access/actor";
import type { Role } from "@/generated/prisma/enums";

export type MemberView = { membershipId: string; userId: string; name: string; email: string; role: Role; since: Date; isYou: boolean };

/** The people in an organisation, admins first, for those allowed to see them ("members:view"). */
export async function listMembers(actor: Actor, organisationSlug: string): Promise<MemberView[]> {
  const organisation = await getOrganisation(actor, organisationSlug, "members:view");
  const rows = await db().membership.findMany({
    where: { organisationId: organisation.id },
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
  });
  return rows.map((m) => ({
    membershipId: m.id,
    userId: m.user.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    since: m.createdAt,
    isYou: m.user.id === actor.userId,
  }));
}
