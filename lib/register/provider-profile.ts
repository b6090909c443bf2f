import "server-only";
import type { Actor } from "@/lib/access/actor";
import { hasRole } from "@/lib/access/permissions";
import { organisationWhere } from "@/lib/access/scope";
import { readAwardSnapshot, type AwardSnapshot } from "@/lib/awards/award-snapshot";
import { awardStanding, type StandingView } from "@/lib/awards/standing";
import { db } from "@/lib/db/client";
import { dbDateToIso, todayInLondon, type IsoDate } from "@/lib/dates";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/generated/prisma/client";
import type { EvidenceKind, EvidenceSource, EvidenceType } from "@/generated/prisma/enums";

export type ProfileAward = {
  id: string;
  level: number;
  issuedOn: IsoDate;
  expiresOn: IsoDate;
  verificationCode: string;
  standing: StandingView;
  snapshot: AwardSnapshot;
};

export type SharedEvidence = {
  id: string;
  title: string;
  description: string | null;
  kind: EvidenceKind;
  type: EvidenceType;
  source: EvidenceSource;
  evidenceDate: IsoDate;
  url: string | null;
  /** For the results of a feedback round: its counts per question (never comments). Null otherwise. */
  feedbackSummary: string | null;
};

export type ProviderProfile = {
  organisation: { id: string; slug: string; name: string; area: string; serviceType: string | null; serviceKinds: string[] };
  /** The award in force (current, suspended or under review), if any. */
  current: ProfileAward | null;
  /** Every award, newest first, including the current one. */
  history: ProfileAward[];
  /** Whether an assessment ended without an award (so the register says "not yet level 1"). */
  assessedWithoutAward: boolean;
  /** Null when the organisation has not shared its evidence with any of the actor's bodies. */
  sharedEvidence: SharedEvidence[] | null;
};

/** Commissioning bodies the actor belongs to (as a commissioner): evidence is shared per body. */
export function commissioningBodyIds(actor: Pick<Actor, "memberships">): string[] {
  return actor.memberships.filter((m) => m.role === "COMMISSIONER").map((m) => m.organisationId);
}

/**
 * A provider as commissioners see it: its award in force and what the award rests on (the frozen
 * snapshot, never live data), earlier awards, and evidence only if the provider shares it with
 * one of the actor's commissioning bodies. Commissioners and scheme admins only.
 */
export async function getProviderProfile(actor: Actor, slug: string, today: IsoDate = todayInLondon()): Promise<ProviderProfile> {
  if (!hasRole(actor, "COMMISSIONER") && !hasRole(actor, "SCHEME_ADMIN")) throw notFound("organisation");
  return loadProviderProfile({ AND: [{ slug: String(slug) }, organisationWhere(actor, "organisation:view")] }, commissioningBodyIds(actor), today);
}

/** The same profile for the JSON API, seen by one commissioning body (the API key's). */
export async function getProviderProfileForBody(bodyId: string, organisationId: string, today: IsoDate = todayInLondon()): Promise<ProviderProfile> {
  return loadProviderProfile({ id: String(organisationId) }, [bodyId], today);
}

async function loadProviderProfile(where: Prisma.OrganisationWhereInput, bodies: string[], today: IsoDate): Promise<ProviderProfile> {
  const organisation = await db().organisation.findFirst({
    where: { AND: [where, { kind: "PROVIDER" }] },
    select: {
      id: true,
      slug: true,
      name: true,
      area: true,
      serviceType: true,
      serviceKinds: true,
      awards: {
        orderBy: { issuedAt: "desc" },
        select: { id: true, level: true, issuedAt: true, expiresOn: true, verificationCode: true, status: true, snapshot: true, review: { select: { status: true } } },
      },
      visits: { where: { report: { noAwardDecidedAt: { not: null } } }, select: { id: true }, take: 1 },
      evidenceSharedWith: { where: { commissionerId: { in: bodies } }, select: { commissionerId: true }, take: 1 },
    },
  });
  if (!organisation) throw notFound("organisation");

  const history: ProfileAward[] = organisation.awards.map((a) => ({
    id: a.id,
    level: a.level,
    issuedOn: todayInLondon(a.issuedAt),
    expiresOn: dbDateToIso(a.expiresOn),
    verificationCode: a.verificationCode,
    standing: awardStanding({ status: a.status, expiresOn: dbDateToIso(a.expiresOn), reviewPending: a.review?.status === "REQUESTED" }, today),
    snapshot: readAwardSnapshot(a.snapshot),
  }));
  const current = history.find((a) => a.standing.standing === "CURRENT" || a.standing.standing === "SUSPENDED") ?? null;

  const sharedEvidence =
    organisation.evidenceSharedWith.length === 0
      ? null
      : (
          await db().evidenceItem.findMany({
            where: { organisationId: organisation.id, deletedAt: null },
            orderBy: [{ evidenceDate: "desc" }, { title: "asc" }],
            select: { id: true, title: true, description: true, kind: true, type: true, source: true, evidenceDate: true, url: true, body: true, feedbackRound: { select: { id: true } } },
          })
          // Written accounts may be people's own stories, so their words stay with the provider;
          // a feedback round's results are counts only, so those are shown.
        ).map(({ body, feedbackRound, ...e }) => ({ ...e, evidenceDate: dbDateToIso(e.evidenceDate), feedbackSummary: feedbackRound ? body : null }));

  const { id, name, area, serviceType, serviceKinds } = organisation;
  return { organisation: { id, slug: organisation.slug, name, area, serviceType, serviceKinds }, current, history, assessedWithoutAward: organisation.visits.length > 0, sharedEvidence };
}
