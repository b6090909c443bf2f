// Turns the register's and profiles' shapes into the API's documented JSON. Pure.
import type { AwardSnapshot } from "@/lib/awards/award-snapshot";
import type { RegisterEntry } from "@/lib/register/list-register";
import type { ProviderProfile } from "@/lib/register/provider-profile";
import type { OrganisationDetail, OrganisationSummary } from "@/lib/api/schemas";

export function organisationSummary(entry: RegisterEntry): OrganisationSummary {
  return {
    id: entry.id,
    slug: entry.slug,
    name: entry.name,
    area: entry.area,
    serviceKinds: entry.serviceKinds,
    serviceDescription: entry.serviceType,
    standing: entry.standing,
    award: entry.award,
  };
}

export function statementLevels(snapshot: AwardSnapshot): OrganisationDetail["statements"] {
  const texts = new Map(snapshot.statements.map((s) => [s.number, s.text]));
  return snapshot.result.statements.map((s) => ({
    number: s.number,
    text: texts.get(s.number) ?? s.title ?? "",
    level: s.level,
    explanation: s.summary,
    nextLevelNeeds: (s.nextLevel?.missing ?? []).map((m) => `${m.code}: ${m.reasons.map((r) => r.message).join(" ")}`),
  }));
}

export function organisationDetail(profile: ProviderProfile): OrganisationDetail {
  const { organisation, current } = profile;
  return {
    id: organisation.id,
    slug: organisation.slug,
    name: organisation.name,
    area: organisation.area,
    serviceKinds: organisation.serviceKinds,
    serviceDescription: organisation.serviceType,
    standing: current ? (current.standing.standing === "SUSPENDED" ? "SUSPENDED" : "AWARDED") : profile.assessedWithoutAward ? "NOT_YET_LEVEL_1" : "NO_AWARD",
    award: current
      ? { level: current.level, issuedOn: current.issuedOn, expiresOn: current.expiresOn, verificationCode: current.verificationCode, underReview: current.standing.underReview }
      : null,
    statements: current ? statementLevels(current.snapshot) : [],
    awardHistory: profile.history.map((a) => ({ level: a.level, issuedOn: a.issuedOn, expiresOn: a.expiresOn, verificationCode: a.verificationCode, standing: a.standing.standing })),
    sharedEvidence: profile.sharedEvidence,
  };
}
