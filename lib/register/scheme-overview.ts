import "server-only";
import type { VisitStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/access/actor";
import { hasRole } from "@/lib/access/permissions";
import { db } from "@/lib/db/client";
import { todayInLondon, type IsoDate } from "@/lib/dates";
import { notFound } from "@/lib/errors";
import { registerLevelCounts, type LevelCounts } from "@/lib/register/list-register";

export type SchemeOverview = { levels: LevelCounts; visits: Record<VisitStatus, number>; requestsWaiting: number };

/** The scheme at a glance, for scheme admins: providers by level, awards expiring, visits by stage. */
export async function getSchemeOverview(actor: Actor, today: IsoDate = todayInLondon()): Promise<SchemeOverview> {
  if (!hasRole(actor, "SCHEME_ADMIN")) throw notFound("page");
  const [levels, visitGroups, requestsWaiting] = await Promise.all([
    registerLevelCounts(today),
    db().visit.groupBy({ by: ["status"], _count: { _all: true } }),
    db().assessmentRequest.count({ where: { status: "QUEUED" } }),
  ]);
  const visits: Record<VisitStatus, number> = { SCHEDULED: 0, IN_PROGRESS: 0, REPORT_SUBMITTED: 0, CLOSED: 0, CANCELLED: 0 };
  for (const group of visitGroups) visits[group.status] = group._count._all;
  return { levels, visits, requestsWaiting };
}
