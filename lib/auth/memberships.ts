import "server-only";
import { db } from "@/lib/db/client";
import type { OrganisationKind, Role } from "@/generated/prisma/enums";

export type MembershipSummary = {
  organisationId: string;
  organisationSlug: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  role: Role;
};

export async function loadMembershipSummaries(userId: string): Promise<MembershipSummary[]> {
  const rows = await db().membership.findMany({
    where: { userId },
    select: { role: true, organisation: { select: { id: true, slug: true, name: true, kind: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((m) => ({
    organisationId: m.organisation.id,
    organisationSlug: m.organisation.slug,
    organisationName: m.organisation.name,
    organisationKind: m.organisation.kind,
    role: m.role,
  }));
}
