import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { IN_POOL, toAccreditation } from "@/lib/assessors/access";
import type { Candidate } from "@/lib/assessors/eligibility";

type Reader = Pick<PrismaClient, "user">;

/**
 * The pool's assessors as assignment candidates for one organisation, each with only the
 * conflicts they declared with it. With `userIds`, only those people (still only from the pool).
 */
export async function loadCandidates(organisationId: string, options: { userIds?: string[]; reader?: Reader } = {}): Promise<Candidate[]> {
  const reader = options.reader ?? db();
  const where = options.userIds ? { AND: [IN_POOL, { id: { in: options.userIds } }] } : IN_POOL;
  const users = await reader.user.findMany({
    where,
    orderBy: { name: "asc" },
    select: { id: true, name: true, assessorProfile: true, conflicts: { where: { organisationId }, select: { kind: true } } },
  });
  return users.map((u) => ({ userId: u.id, name: u.name, profile: toAccreditation(u.assessorProfile), conflicts: u.conflicts }));
}
