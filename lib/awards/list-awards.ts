import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { dbDateToIso, todayInLondon, type IsoDate } from "@/lib/dates";
import { assertSchemeAdmin } from "@/lib/awards/access";
import { awardStanding, type StandingView } from "@/lib/awards/standing";

export type AwardListRow = {
  id: string;
  organisationName: string;
  level: number;
  standing: StandingView;
  expiresOn: IsoDate;
  openConditions: number;
  /** Open conditions whose deadline has passed: they wait for a decision. */
  overdueConditions: number;
  reviewWaiting: boolean;
};

/** Every award for the scheme team, by organisation and newest first, with what waits for them. */
export async function listAwards(actor: Actor, options: { today?: IsoDate } = {}): Promise<AwardListRow[]> {
  assertSchemeAdmin(actor);
  const today = options.today ?? todayInLondon();
  const rows = await db().award.findMany({
    orderBy: [{ organisation: { name: "asc" } }, { issuedAt: "desc" }],
    select: {
      id: true,
      level: true,
      status: true,
      expiresOn: true,
      organisation: { select: { name: true } },
      conditions: { where: { status: "OPEN" }, select: { dueOn: true } },
      review: { select: { status: true } },
    },
  });
  return rows.map((row) => {
    const expiresOn = dbDateToIso(row.expiresOn);
    const standing = awardStanding({ status: row.status, expiresOn, reviewPending: row.review?.status === "REQUESTED" }, today);
    return {
      id: row.id,
      organisationName: row.organisation.name,
      level: row.level,
      standing,
      expiresOn,
      openConditions: row.conditions.length,
      overdueConditions: row.conditions.filter((c) => dbDateToIso(c.dueOn) < today).length,
      reviewWaiting: row.review?.status === "REQUESTED" && (row.status === "ACTIVE" || row.status === "SUSPENDED"),
    };
  });
}
