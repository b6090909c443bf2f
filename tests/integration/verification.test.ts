// Public verification on a real database: every standing an award can have, read by its code as
// typed, and crafted or malformed codes that must never do more than say "not found". The badge
// route is called as the app calls it.
import { beforeAll, describe, expect, it } from "vitest";
import type { AwardStatus } from "@/generated/prisma/enums";
import { lookUpAward } from "@/lib/verification/verify-award";
import { standingWords } from "@/lib/verification/words";
import { DEMO_AWARD_CODES, addDays } from "@/lib/seed/demo-awards";
import { isoDateToDb, todayInLondon } from "@/lib/dates";
import { GET as badge } from "@/app/(public)/badge/[file]/route";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();
const today = todayInLondon();

type Fixture = { code: string; status: AwardStatus; expiresOn: string; review?: "REQUESTED" | "DECIDED" };

// Each fixture is an award for Harbour Recovery with its own visit, resting on Riverside's frozen snapshot.
const FIXTURES: Record<string, Fixture> = {
  current: { code: "CQM-0000-0001", status: "ACTIVE", expiresOn: addDays(today, 300) },
  lastDay: { code: "CQM-0000-0002", status: "ACTIVE", expiresOn: today },
  expired: { code: "CQM-0000-0003", status: "ACTIVE", expiresOn: addDays(today, -1) },
  suspended: { code: "CQM-0000-0004", status: "SUSPENDED", expiresOn: addDays(today, 300) },
  revoked: { code: "CQM-0000-0005", status: "REVOKED", expiresOn: addDays(today, 300) },
  replaced: { code: "CQM-0000-0006", status: "SUPERSEDED", expiresOn: addDays(today, 300) },
  underReview: { code: "CQM-0000-0007", status: "ACTIVE", expiresOn: addDays(today, 300), review: "REQUESTED" },
  reviewDecided: { code: "CQM-0000-0008", status: "ACTIVE", expiresOn: addDays(today, 300), review: "DECIDED" },
};

beforeAll(async () => {
  const riverside = await app.prisma.award.findUniqueOrThrow({ where: { verificationCode: DEMO_AWARD_CODES.riverside } });
  const harbour = await app.prisma.organisation.findUniqueOrThrow({ where: { slug: "harbour-recovery" } });
  for (const fixture of Object.values(FIXTURES)) {
    const request = await app.prisma.assessmentRequest.create({ data: { organisationId: harbour.id, frameworkVersionId: riverside.frameworkVersionId, rulesVersion: 1, snapshot: {}, selfAssessedLevel: 1, status: "COMPLETED" } });
    const visit = await app.prisma.visit.create({ data: { assessmentRequestId: request.id, organisationId: harbour.id, scheduledFor: isoDateToDb(addDays(today, -400)), status: "CLOSED" } });
    await app.prisma.award.create({
      data: {
        organisationId: harbour.id, visitId: visit.id, level: 1, issuedLevel: 1, computedLevel: 1, frameworkVersionId: riverside.frameworkVersionId, rulesVersion: 1,
        expiresOn: isoDateToDb(fixture.expiresOn), reviewDueOn: isoDateToDb(addDays(today, -300)), verificationCode: fixture.code, snapshot: riverside.snapshot ?? {}, status: fixture.status,
        statusReason: "A private note the public must never see",
        ...(fixture.review ? { review: { create: { grounds: "Private grounds", status: fixture.review } } } : {}),
      },
    });
  }
});

async function found(code: string) {
  const lookup = await lookUpAward(code);
  if (lookup.kind !== "FOUND") throw new Error(`${code} was ${lookup.kind}`);
  return lookup.award;
}

describe("looking up an award by its code", () => {
  it.each([
    ["current", "CURRENT", false, "Current"],
    ["lastDay", "CURRENT", false, "Current"],
    ["expired", "EXPIRED", false, "Expired"],
    ["suspended", "SUSPENDED", false, "Suspended"],
    ["revoked", "REVOKED", false, "Revoked"],
    ["replaced", "SUPERSEDED", false, "Replaced"],
    ["underReview", "CURRENT", true, "Current, under review"],
    ["reviewDecided", "CURRENT", false, "Current"],
  ] as const)("reads the %s award as %s (under review: %s), in words: %s", async (name, standing, underReview, short) => {
    const award = await found(FIXTURES[name]!.code);
    expect(award.standing).toMatchObject({ standing, underReview });
    expect(standingWords(award.standing, award.expiresOn).short).toBe(short);
    expect(award.organisationName).toBe("Harbour Recovery");
  });

  it("finds the demo award however the code is typed", async () => {
    for (const typed of ["CQM-RVR2-6PSA", "cqm-rvr2-6psa", " cqm rvr2 6psa ", "RVR26PSA"]) {
      const award = await found(typed);
      expect(award).toMatchObject({ code: "CQM-RVR2-6PSA", organisationName: "Riverside Peer Support", level: 2 });
    }
  });

  it("shows only public facts: no people, reasons, notes or review grounds", async () => {
    const award = await found(FIXTURES.underReview!.code);
    expect(Object.keys(award).sort()).toEqual(["area", "code", "expiresOn", "issuedOn", "level", "organisationName", "standardTitle", "standing", "statements", "visitDate"]);
    expect(JSON.stringify(award)).not.toMatch(/private|grounds|Dawn|Marcus|Priya|@/i);
  });

  it.each(["", "hello", "CQM-1234", "CQM-UUUU-UUUU", "<script>alert(1)</script>", "'; DROP TABLE \"Award\"; --", "%00", "x".repeat(5000)])("calls %j malformed", async (typed) => {
    expect(await lookUpAward(typed)).toEqual({ kind: "MALFORMED" });
  });

  it("says only that a well-formed unknown code is not found", async () => {
    expect(await lookUpAward("cqm-zzzz-zzzz")).toEqual({ kind: "NOT_FOUND", code: "CQM-ZZZZ-ZZZZ" });
  });
});

describe("the badge route", () => {
  const get = (file: string) => badge(new Request(`http://localhost/badge/${encodeURIComponent(file)}`), { params: Promise.resolve({ file }) });

  it("serves a cacheable SVG that says verified for a current award", async () => {
    const response = await get("CQM-RVR2-6PSA.svg");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=86400");
    const svg = await response.text();
    expect(svg).toContain("Verified and current");
    expect(svg).toContain("Level 2");
  });

  it.each([
    ["expired", "Expired: no longer valid"],
    ["suspended", "Suspended: not valid now"],
    ["revoked", "Revoked: no longer valid"],
    ["replaced", "Replaced by a newer award"],
  ])("says a %s award is not current", async (name, words) => {
    const svg = await (await get(`${FIXTURES[name]!.code}.svg`)).text();
    expect(svg).toContain(words);
    expect(svg).not.toMatch(/Verified/);
  });

  it.each(["CQM-ZZZZ-ZZZZ.svg", "CQM-RVR2-6PSA", "CQM-RVR2-6PSA.png", "nonsense.svg", "..%2F..%2Fetc.svg", ".svg"])("answers %j with a plain 404, never an error", async (file) => {
    const response = await get(file);
    expect(response.status).toBe(404);
  });
});
