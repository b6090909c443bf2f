import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { todayInLondon, type IsoDate } from "@/lib/dates";
import { PUBLIC_AWARD_SELECT, toPublicAward, type PublicAward } from "@/lib/verification/public-award";

export type Certificate = PublicAward & {
  organisationSlug: string;
  /** The day the standing was worked out for. */
  checkedOn: IsoDate;
  /** Absolute addresses, because they are printed and pasted into other websites. */
  verifyUrl: string;
  badgeUrl: string;
};

/** Where the public verification page and the badge live for a code, on this app's address. */
export function certificateUrls(code: string, baseUrl: string = getEnv().NEXTAUTH_URL): { verifyUrl: string; badgeUrl: string } {
  return { verifyUrl: new URL(`/verify/${code}`, baseUrl).toString(), badgeUrl: new URL(`/badge/${code}.svg`, baseUrl).toString() };
}

/**
 * The certificate of the organisation's latest award, for its own people (anyone who may see its
 * assessment) and the scheme team. Anyone else, and an organisation without an award, gets
 * NOT_FOUND. The certificate shows the award's standing today, so a lapsed one is never printed
 * as if it were current.
 */
export async function getCertificate(actor: Actor, organisationSlug: string, options: { today?: IsoDate } = {}): Promise<Certificate> {
  const organisation = await getOrganisation(actor, String(organisationSlug), "assessment:view");
  const row = await db().award.findFirst({ where: { organisationId: organisation.id }, orderBy: [{ issuedAt: "desc" }, { id: "desc" }], select: PUBLIC_AWARD_SELECT });
  if (!row) throw notFound("award");
  const today = options.today ?? todayInLondon();
  const award = toPublicAward(row, today);
  return { ...award, organisationSlug: organisation.slug, checkedOn: today, ...certificateUrls(award.code) };
}
