// What commissioners see of providers: the profile, comparing, the CSV export, and evidence only
// while a provider shares it with their body. Every service is also tried by people who must not
// use it, with crafted ids.
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { compareProviders } from "@/lib/register/compare";
import { getProviderProfile } from "@/lib/register/provider-profile";
import { getSchemeOverview } from "@/lib/register/scheme-overview";
import { registerCsv } from "@/lib/register/register-csv";
import { registerFiltersSchema } from "@/lib/register/register-query";
import { listEvidenceSharing, setEvidenceSharing } from "@/lib/sharing/evidence-sharing";
import { seededAppDatabase } from "./setup/app-database";
import { award, provider } from "./register-fixtures";

const app = seededAppDatabase();
const TODAY = "2026-11-23";
const COMMISSIONER = "commissioner@demo.test";
const NORTHSIDE_ADMIN = "admin@northside-mind.demo.test";
let leedsPlaceId = "";

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  leedsPlaceId = (await app.prisma.organisation.findUniqueOrThrow({ where: { slug: "leeds-place-commissioning" } })).id;
  const quarry = await provider(app.prisma, { name: "=HYPERLINK(\"http://evil.test\") Quarry Lane", area: "Leeds East", serviceKinds: ["Advocacy"] });
  await award(app.prisma, quarry, { level: 2, issuedOn: "2026-02-01", expiresOn: "2028-02-01", code: "CQM-QRRY-0001" });
});

describe("a provider's profile", () => {
  it("shows a commissioner the award in force and earlier awards, but no evidence until it is shared", async () => {
    const profile = await getProviderProfile(await app.actorFor(COMMISSIONER), "hyperlink-http-evil-test-quarry-lane", TODAY);
    expect(profile.current).toMatchObject({ level: 2, verificationCode: "CQM-QRRY-0001", standing: { standing: "CURRENT" } });
    expect(profile.history).toHaveLength(1);
    expect(profile.sharedEvidence).toBeNull();
  });

  it("is for commissioners and scheme admins only, and only of providers", async () => {
    for (const email of [NORTHSIDE_ADMIN, "member@harbour-recovery.demo.test", "assessor.one@demo.test"]) {
      expect((await rejection(getProviderProfile(await app.actorFor(email), "northside-mind", TODAY))).kind).toBe("NOT_FOUND");
    }
    const commissioner = await app.actorFor(COMMISSIONER);
    for (const slug of ["leeds-place-commissioning", "leeds-coproduction-quality-mark", "no-such-organisation", "' OR 1=1 --"]) {
      expect((await rejection(getProviderProfile(commissioner, slug, TODAY))).kind).toBe("NOT_FOUND");
    }
    expect((await getProviderProfile(await app.actorFor("scheme.admin@demo.test"), "northside-mind", TODAY)).organisation.name).toBe("Northside Mind");
  });
});

describe("sharing evidence with a commissioning body", () => {
  it("lets the organisation's admin share and withdraw, and the commissioner's view follows at once", async () => {
    const admin = await app.actorFor(NORTHSIDE_ADMIN);
    const commissioner = await app.actorFor(COMMISSIONER);
    expect(await listEvidenceSharing(admin, "northside-mind")).toEqual([expect.objectContaining({ commissionerId: leedsPlaceId, shared: false })]);

    expect(await setEvidenceSharing(admin, "northside-mind", leedsPlaceId, { share: "yes" })).toBe(true);
    const shared = (await getProviderProfile(commissioner, "northside-mind", TODAY)).sharedEvidence;
    const live = await app.prisma.evidenceItem.count({ where: { organisation: { slug: "northside-mind" }, deletedAt: null } });
    expect(shared).toHaveLength(live);
    expect(shared?.[0]).not.toHaveProperty("body");

    expect(await setEvidenceSharing(admin, "northside-mind", leedsPlaceId, { share: "no" })).toBe(false);
    expect((await getProviderProfile(commissioner, "northside-mind", TODAY)).sharedEvidence).toBeNull();

    const audit = await app.prisma.auditEvent.findMany({ where: { entityType: "EvidenceShare" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["evidence.shared", "evidence.sharing_withdrawn"]);
    expect(audit[0]).toMatchObject({ actorUserId: admin.userId });
  });

  it("shows the demo's shared evidence: Riverside Peer Support shares with Leeds Place, with its feedback round's counts but no written accounts", async () => {
    const riverside = await getProviderProfile(await app.actorFor(COMMISSIONER), "riverside-peer-support", TODAY);
    expect(riverside.sharedEvidence?.length).toBeGreaterThan(0);
    const feedback = riverside.sharedEvidence?.filter((e) => e.feedbackSummary !== null) ?? [];
    expect(feedback).toHaveLength(1);
    const accounts = await app.prisma.evidenceItem.findMany({ where: { organisation: { slug: "riverside-peer-support" }, kind: "ACCOUNT", feedbackRound: null, body: { not: null } }, select: { body: true } });
    const shown = JSON.stringify(riverside.sharedEvidence);
    for (const account of accounts) expect(shown).not.toContain(account.body ?? "");
  });

  it("does not show one provider's shared evidence on another provider's profile", async () => {
    const admin = await app.actorFor(NORTHSIDE_ADMIN);
    await setEvidenceSharing(admin, "northside-mind", leedsPlaceId, { share: "yes" });
    const harbour = await getProviderProfile(await app.actorFor(COMMISSIONER), "harbour-recovery", TODAY);
    expect(harbour.sharedEvidence).toBeNull();
    await setEvidenceSharing(admin, "northside-mind", leedsPlaceId, { share: "no" });
  });

  it("refuses members, other organisations, commissioners and crafted ids, changing nothing", async () => {
    for (const email of ["member@northside-mind.demo.test", "admin@harbour-recovery.demo.test", COMMISSIONER, "assessor.one@demo.test"]) {
      const actor = await app.actorFor(email);
      expect((await rejection(setEvidenceSharing(actor, "northside-mind", leedsPlaceId, { share: "yes" }))).kind).toBe("NOT_FOUND");
      expect((await rejection(listEvidenceSharing(actor, "northside-mind"))).kind).toBe("NOT_FOUND");
    }
    const admin = await app.actorFor(NORTHSIDE_ADMIN);
    const harbourId = (await app.prisma.organisation.findUniqueOrThrow({ where: { slug: "harbour-recovery" } })).id;
    for (const body of [harbourId, "not-an-id"]) {
      expect((await rejection(setEvidenceSharing(admin, "northside-mind", body, { share: "yes" }))).kind).toBe("NOT_FOUND");
    }
    expect((await rejection(setEvidenceSharing(admin, "northside-mind", leedsPlaceId, { share: "maybe" }))).kind).toBe("INVALID");
    expect(await app.prisma.evidenceShare.count({ where: { provider: { slug: "northside-mind" } } })).toBe(0);
  });
});

describe("comparing providers", () => {
  it("takes two to four different providers", async () => {
    const commissioner = await app.actorFor(COMMISSIONER);
    const profiles = await compareProviders(commissioner, ["northside-mind", "elm-house", "northside-mind"]);
    expect(profiles.map((p) => p.organisation.slug)).toEqual(["northside-mind", "elm-house"]);
    expect((await rejection(compareProviders(commissioner, ["northside-mind"]))).message).toBe("Tick at least two organisations to compare");
    expect((await rejection(compareProviders(commissioner, ["a", "b", "c", "d", "e"]))).message).toBe("You can compare up to four organisations at a time");
    expect((await rejection(compareProviders(commissioner, "northside-mind"))).kind).toBe("INVALID");
    expect((await rejection(compareProviders(commissioner, ["northside-mind", "leeds-place-commissioning"]))).kind).toBe("NOT_FOUND");
  });
});

describe("the CSV export", () => {
  it("holds every filtered row, with formulas defused", async () => {
    const csv = await registerCsv(registerFiltersSchema.parse({ level: "2" }), TODAY);
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("Organisation,Award,Level,Awarded on,Expires on,Verification code,Area,Kinds of service");
    expect(lines).toContain(`"'=HYPERLINK(""http://evil.test"") Quarry Lane",Level 2,2,2026-02-01,2028-02-01,CQM-QRRY-0001,Leeds East,Advocacy`);
    expect(lines.slice(1).every((line) => line.includes(",Level 2"))).toBe(true);
  });
});

describe("the scheme overview", () => {
  it("is for scheme admins only", async () => {
    const overview = await getSchemeOverview(await app.actorFor("scheme.admin@demo.test"), TODAY);
    expect(overview.levels.level2).toBeGreaterThanOrEqual(1);
    for (const email of [COMMISSIONER, NORTHSIDE_ADMIN, "assessor.one@demo.test"]) {
      expect((await rejection(getSchemeOverview(await app.actorFor(email), TODAY))).kind).toBe("NOT_FOUND");
    }
  });
});
