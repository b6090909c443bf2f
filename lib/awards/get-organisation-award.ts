import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { can } from "@/lib/access/permissions";
import { getOrganisation, type OrganisationView } from "@/lib/organisations/get-organisation";
import { dbDateToIso, todayInLondon, type IsoDate } from "@/lib/dates";
import { AWARD_VIEW_SELECT, toAwardView, type AwardView } from "@/lib/awards/award-view";
import { awardStanding, type StandingView } from "@/lib/awards/standing";
import { renewalOpen, renewalOpensOn, reviewRequestRefusal } from "@/lib/awards/rules";
import { renewalStarted } from "@/lib/awards/start-renewal";

export type EarlierAward = { id: string; level: number; issuedOn: IsoDate; expiresOn: IsoDate; standing: StandingView };

export type OrganisationAward = {
  organisation: OrganisationView;
  /** The latest award, whatever its standing; null before the first. */
  award: AwardView | null;
  earlier: EarlierAward[];
  /** Whether this person may ask for a review or start the renewal (the organisation's administrators). */
  canAct: boolean;
  /** Null when a review may be asked for now; otherwise why not. */
  reviewRefusal: string | null;
  renewal: { open: boolean; opensOn: IsoDate | null; started: boolean };
  today: IsoDate;
};

/**
 * The organisation's award as its people see it: the latest award with what it rests on (the
 * frozen snapshot, never live data), its conditions and review, and earlier awards.
 */
export async function getOrganisationAward(actor: Actor, organisationSlug: string, options: { today?: IsoDate } = {}): Promise<OrganisationAward> {
  const today = options.today ?? todayInLondon();
  const organisation = await getOrganisation(actor, organisationSlug, "assessment:view");
  const rows = await db().award.findMany({ where: { organisationId: organisation.id }, orderBy: [{ issuedAt: "desc" }, { id: "desc" }], select: AWARD_VIEW_SELECT });
  const [latest, ...older] = rows;
  const award = latest ? toAwardView(latest, today) : null;
  const started = latest ? await renewalStarted(db(), { id: latest.id, organisationId: organisation.id, issuedAt: latest.issuedAt }) : false;
  return {
    organisation,
    award,
    earlier: older.map((row) => {
      const expiresOn = dbDateToIso(row.expiresOn);
      return {
        id: row.id,
        level: row.level,
        issuedOn: todayInLondon(row.issuedAt),
        expiresOn,
        standing: awardStanding({ status: row.status, expiresOn, reviewPending: row.review?.status === "REQUESTED" }, today),
      };
    }),
    canAct: can(actor, "assessment:request", organisation),
    reviewRefusal: award ? reviewRequestRefusal(award, today) : null,
    renewal: {
      open: award ? renewalOpen({ standing: award.standing.standing, expiresOn: award.expiresOn }, today) : false,
      opensOn: award && award.standing.standing !== "REVOKED" ? renewalOpensOn(award.expiresOn) : null,
      started,
    },
    today,
  };
}

/** For the organisation's home page: its latest award in a line, or null. */
export async function getAwardHeadline(actor: Actor, organisationSlug: string, options: { today?: IsoDate } = {}): Promise<{ level: number; expiresOn: IsoDate; standing: StandingView } | null> {
  const today = options.today ?? todayInLondon();
  const organisation = await getOrganisation(actor, organisationSlug, "assessment:view");
  const row = await db().award.findFirst({
    where: { organisationId: organisation.id },
    orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
    select: { level: true, status: true, expiresOn: true, review: { select: { status: true } } },
  });
  if (!row) return null;
  const expiresOn = dbDateToIso(row.expiresOn);
  return { level: row.level, expiresOn, standing: awardStanding({ status: row.status, expiresOn, reviewPending: row.review?.status === "REQUESTED" }, today) };
}
