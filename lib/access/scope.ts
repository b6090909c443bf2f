import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { organisationKindsReachable, ownOrganisationIds, type Permission } from "@/lib/access/permissions";
import type { Actor } from "@/lib/access/actor";

/**
 * The Prisma filter for the organisations an actor may reach with a permission. Every query of
 * tenant-owned data is built on this, so there is one place that decides what crosses tenants.
 * With no grant it matches nothing (an empty `in` list), never everything.
 */
export function organisationWhere(actor: Pick<Actor, "memberships">, permission: Permission): Prisma.OrganisationWhereInput {
  const ids = ownOrganisationIds(actor, permission);
  const kinds = organisationKindsReachable(actor, permission);
  const branches: Prisma.OrganisationWhereInput[] = [{ id: { in: ids } }];
  if (kinds.length > 0) branches.push({ kind: { in: kinds } });
  return { OR: branches };
}
