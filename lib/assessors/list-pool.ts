import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import type { ConflictKind } from "@/generated/prisma/enums";
import { todayInLondon, type IsoDate } from "@/lib/dates";
import { accreditationStatus, type Accreditation, type AccreditationStatus } from "@/lib/assessors/accreditation";
import { IN_POOL, assertSchemeAdmin, toAccreditation } from "@/lib/assessors/access";

export type PoolMember = {
  userId: string;
  name: string;
  email: string;
  accreditation: Accreditation | null;
  status: AccreditationStatus;
  areas: string[];
  serviceKinds: string[];
  availability: string;
  conflicts: { id: string; organisationName: string; kind: ConflictKind; note: string }[];
};

/** Every assessor in the pool with their accreditation and declared conflicts, by name. */
export async function listAssessorPool(actor: Actor, options: { today?: IsoDate } = {}): Promise<PoolMember[]> {
  assertSchemeAdmin(actor);
  const today = options.today ?? todayInLondon();
  const users = await db().user.findMany({
    where: IN_POOL,
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      email: true,
      assessorProfile: true,
      conflicts: { orderBy: { organisation: { name: "asc" } }, select: { id: true, kind: true, note: true, organisation: { select: { name: true } } } },
    },
  });
  return users.map((u) => {
    const accreditation = toAccreditation(u.assessorProfile);
    return {
      userId: u.id,
      name: u.name,
      email: u.email,
      accreditation,
      status: accreditationStatus(accreditation, today),
      areas: u.assessorProfile?.areas ?? [],
      serviceKinds: u.assessorProfile?.serviceKinds ?? [],
      availability: u.assessorProfile?.availability ?? "",
      conflicts: u.conflicts.map((c) => ({ id: c.id, organisationName: c.organisation.name, kind: c.kind, note: c.note })),
    };
  });
}
