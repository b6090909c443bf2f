// The demo awards and assessments: the codes the README and the tour name, levels that are the
// engine's own (recomputed here from the stored report), and Aire Valley waiting for its check.
import { describe, expect, it } from "vitest";
import type { AssessmentSnapshot } from "@/lib/assessment-requests/snapshot";
import { readAwardSnapshot } from "@/lib/awards/award-snapshot";
import { awardStanding } from "@/lib/awards/standing";
import { normaliseVerificationCode } from "@/lib/awards/verification-code";
import { dbDateToIso, todayInLondon } from "@/lib/dates";
import { scoreOrganisation } from "@/lib/scoring";
import { DEMO_AWARD_CODES, addDays } from "@/lib/seed/demo-awards";
import { buildVerifiedInput, type FinalDecisions } from "@/lib/visit-record/scoring-input";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();
const today = todayInLondon();

async function awardFor(code: string) {
  return app.prisma.award.findUniqueOrThrow({
    where: { verificationCode: code },
    include: { organisation: { select: { slug: true } }, visit: { include: { report: true, accuracyCheck: { include: { points: true } }, request: true, assessors: true } } },
  });
}

describe("the demo awards", () => {
  it("are valid verification codes, as they would be typed", () => {
    for (const code of Object.values(DEMO_AWARD_CODES)) expect(normaliseVerificationCode(code.toLowerCase())).toBe(code);
  });

  it("gives Riverside Peer Support a current level 2 award whose frozen level is a fresh engine run on its report", async () => {
    const award = await awardFor(DEMO_AWARD_CODES.riverside);
    expect(award.organisation.slug).toBe("riverside-peer-support");
    expect([award.level, award.issuedLevel, award.computedLevel, award.status]).toEqual([2, 2, 2, "ACTIVE"]);
    const report = award.visit.report!;
    const snapshot = award.visit.request.snapshot as unknown as AssessmentSnapshot;
    const fresh = scoreOrganisation(buildVerifiedInput(snapshot, report.decisions as unknown as FinalDecisions, dbDateToIso(award.visit.scheduledFor)));
    expect(fresh).toEqual(report.result);
    expect(readAwardSnapshot(award.snapshot).result).toEqual(fresh);
    expect(readAwardSnapshot(award.snapshot).result.statements.map((s) => s.level)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(award.visit.status).toBe("CLOSED");
    expect(award.visit.request.status).toBe("COMPLETED");
    expect(award.visit.accuracyCheck).toMatchObject({ confirmedAccurate: true, points: [] });
    expect(award.visit.assessors).toHaveLength(2);
    // About five months ago, expiring in about nineteen months, with the review window over.
    expect(dbDateToIso(award.visit.scheduledFor)).toBe(addDays(today, -155));
    expect(dbDateToIso(award.expiresOn) > addDays(today, 540)).toBe(true);
    expect(dbDateToIso(award.expiresOn) < addDays(today, 620)).toBe(true);
    expect(dbDateToIso(award.reviewDueOn) < today).toBe(true);
    expect(awardStanding({ status: award.status, expiresOn: dbDateToIso(award.expiresOn), reviewPending: false }, today).standing).toBe("CURRENT");
  });

  it("gives Elm House a level 1 award expiring in six weeks without touching its renewal self-assessment", async () => {
    const award = await awardFor(DEMO_AWARD_CODES.elmHouse);
    expect(award.organisation.slug).toBe("elm-house");
    expect([award.level, award.status, dbDateToIso(award.expiresOn)]).toEqual([1, "ACTIVE", addDays(today, 42)]);
    expect(award.visit.report?.verifiedLevel).toBe(1);
    const elm = await app.prisma.selfAssessment.findFirstOrThrow({ where: { organisation: { slug: "elm-house" } }, include: { statements: true } });
    expect(elm.statements).toEqual([]);
    expect(await app.prisma.assessmentRequest.count({ where: { organisation: { slug: "elm-house" }, status: { in: ["QUEUED", "ASSIGNED"] } } })).toBe(0);
  });

  it("leaves Aire Valley Carers Centre's report submitted a week after the visit, not yet sent for checking", async () => {
    const visit = await app.prisma.visit.findFirstOrThrow({ where: { organisation: { slug: "aire-valley-carers" } }, include: { report: true, accuracyCheck: true, request: true, award: true } });
    expect(visit.status).toBe("REPORT_SUBMITTED");
    expect(visit.request.status).toBe("ASSIGNED");
    expect(dbDateToIso(visit.scheduledFor)).toBe(addDays(today, -7));
    expect([1, 2]).toContain(visit.report?.verifiedLevel);
    expect(visit.accuracyCheck).toBeNull();
    expect(visit.award).toBeNull();
    expect(await app.prisma.visitCriterionRating.count({ where: { visitId: visit.id } })).toBe(2 * 54);
  });
});
