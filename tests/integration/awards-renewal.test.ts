// Starting a renewal on a real database: the self-assessment starts again as a copy of the last
// one with nothing marked ready, on the current standard (criteria matched by code), and the
// organisation then asks for an assessment as before.
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { startRenewal } from "@/lib/awards/start-renewal";
import { getOrganisationAward } from "@/lib/awards/get-organisation-award";
import { loadSelfAssessment } from "@/lib/self-assessment/load-self-assessment";
import { markStatementReady } from "@/lib/self-assessment/mark-statement-ready";
import { requestAssessment } from "@/lib/assessment-requests/request-assessment";
import { importFramework } from "@/lib/standard/import-framework";
import { frameworkV1 } from "@/lib/standard/content/v1";
import { isoDateToDb } from "@/lib/dates";
import { seededAppDatabase } from "./setup/app-database";
import { expectAppError } from "./members-support";
import { awardState, testAward, testProvider, type TestProvider } from "./award-fixtures";

const app = seededAppDatabase();

const TODAY = "2026-11-23";
// Expires in 42 days: inside the 90-day renewal window.
const expiring = { level: 1, issuedOn: "2025-01-04", expiresOn: "2027-01-04", reviewDueOn: "2025-01-24" };

/** A finished self-assessment on the published standard: every criterion answered, every statement ready, one linked item. */
async function finishedSelfAssessment(prisma: PrismaClient, org: TestProvider): Promise<string> {
  const framework = await prisma.frameworkVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { version: "desc" }, select: { id: true, rulesVersion: true, statements: { select: { number: true, criteria: { select: { id: true, code: true } } } } } });
  const criteria = framework.statements.flatMap((s) => s.criteria);
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: org.adminEmail }, select: { id: true } });
  const sa = await prisma.selfAssessment.create({
    data: {
      organisationId: org.id,
      frameworkVersionId: framework.id,
      rulesVersion: framework.rulesVersion,
      answers: { create: criteria.map((c) => ({ criterionId: c.id, claim: "PARTLY" as const, account: `What we do for ${c.code}, in a sentence or two.`, updatedById: admin.id })) },
      // Marked ready before the request for the award (fixtures ask a month before 4 January 2025).
      statements: { create: framework.statements.map((s) => ({ statementNumber: s.number, readyAt: new Date("2024-11-20T10:00:00Z"), readyById: admin.id })) },
    },
    select: { id: true },
  });
  const linked = criteria.filter((c) => ["1.1.a", "1.2.b"].includes(c.code)).map((c) => c.id);
  await prisma.evidenceItem.create({
    data: {
      organisationId: org.id, kind: "ACCOUNT", title: "Members' meeting notes", evidenceDate: isoDateToDb("2026-10-01"), type: "MEETING_MINUTES", source: "PEOPLE_WHO_USE_SERVICE", body: "Notes.",
      links: { create: linked.map((criterionId) => ({ criterionId, organisationId: org.id })) },
    },
  });
  return sa.id;
}

let sameVersion: TestProvider;
let newVersion: TestProvider;
beforeAll(async () => {
  sameVersion = await testProvider(app.prisma, "Chapeltown Recovery Café");
  newVersion = await testProvider(app.prisma, "Bramley Mental Health Drop-in");
});

describe("renewal on the same version of the standard", () => {
  it("reopens the last self-assessment with nothing ready, keeps answers and links, and audits it", async () => {
    const previous = await finishedSelfAssessment(app.prisma, sameVersion);
    const awardId = await testAward(app.prisma, sameVersion, expiring);
    const admin = await app.actorFor(sameVersion.adminEmail);
    expect((await getOrganisationAward(admin, sameVersion.slug, { today: TODAY })).renewal).toEqual({ open: true, opensOn: "2026-10-06", started: false });

    const started = await startRenewal(admin, sameVersion.slug, awardId, { today: TODAY });
    expect(started).toEqual({ selfAssessmentId: previous, notCarriedOver: [], newCriteria: [] });
    const view = await loadSelfAssessment(admin, sameVersion.slug);
    expect(view.selfAssessmentId).toBe(previous);
    expect([...view.statusByStatement.values()].every((s) => s === "IN_PROGRESS")).toBe(true);
    expect(view.answers.size).toBe(await app.prisma.criterionAnswer.count({ where: { selfAssessmentId: previous } }));
    expect((await getOrganisationAward(admin, sameVersion.slug, { today: TODAY })).renewal.started).toBe(true);
    expect(await app.prisma.auditEvent.findFirstOrThrow({ where: { entityId: awardId, action: "award.renewal.started" } })).toMatchObject({ actorUserId: admin.userId, after: { selfAssessmentId: previous, notCarriedOver: [] } });
  });

  it("is started once, and the organisation then asks for an assessment as before", async () => {
    const admin = await app.actorFor(sameVersion.adminEmail);
    const awardId = (await getOrganisationAward(admin, sameVersion.slug, { today: TODAY })).award!.id;
    const before = await awardState(app.prisma, awardId);
    await expectAppError(startRenewal(admin, sameVersion.slug, awardId, { today: TODAY }), "CONFLICT", /already started your renewal/);
    expect(await awardState(app.prisma, awardId)).toEqual(before);

    for (let n = 1; n <= 6; n++) await markStatementReady(admin, sameVersion.slug, n, { ready: "yes" });
    const requestId = await requestAssessment(admin, sameVersion.slug);
    expect((await app.prisma.assessmentRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("QUEUED");
  });

  it("is not open earlier than 90 days before expiry, and is for administrators only", async () => {
    const early = await testProvider(app.prisma, "Seacroft Peer Network");
    await finishedSelfAssessment(app.prisma, early);
    const awardId = await testAward(app.prisma, early, { ...expiring, expiresOn: "2027-03-01" });
    const before = await awardState(app.prisma, awardId);
    await expectAppError(startRenewal(await app.actorFor(early.adminEmail), early.slug, awardId, { today: TODAY }), "CONFLICT", /You can start your renewal from 1 December 2026/);
    await expectAppError(startRenewal(await app.actorFor(early.memberEmail), early.slug, awardId, { today: "2026-12-01" }), "NOT_FOUND");
    expect(await awardState(app.prisma, awardId)).toEqual(before);
    expect(await app.prisma.selfAssessmentStatement.count({ where: { selfAssessment: { organisationId: early.id } } })).toBe(6);
  });

  it("opens at once when the award was revoked, and only for the latest award", async () => {
    const revoked = await testProvider(app.prisma, "Gipton Listening Service");
    await finishedSelfAssessment(app.prisma, revoked);
    const older = await testAward(app.prisma, revoked, { ...expiring, issuedOn: "2024-01-04", status: "SUPERSEDED" });
    const latest = await testAward(app.prisma, revoked, { ...expiring, expiresOn: "2028-01-04", status: "REVOKED" });
    const admin = await app.actorFor(revoked.adminEmail);
    await expectAppError(startRenewal(admin, revoked.slug, older, { today: TODAY }), "CONFLICT", /A newer award has been issued/);
    await startRenewal(admin, revoked.slug, latest, { today: TODAY });
    expect(await app.prisma.auditEvent.count({ where: { entityId: latest, action: "award.renewal.started" } })).toBe(1);
  });
});

describe("renewal keeps new work", () => {
  it("leaves statements marked ready after the award's request as they are", async () => {
    const busy = await testProvider(app.prisma, "Lincoln Green Allotment Project");
    const selfAssessmentId = await finishedSelfAssessment(app.prisma, busy);
    const awardId = await testAward(app.prisma, busy, expiring);
    // Statement 3 was looked at again and marked ready after the request for the award.
    await app.prisma.selfAssessmentStatement.update({ where: { selfAssessmentId_statementNumber: { selfAssessmentId, statementNumber: 3 } }, data: { readyAt: new Date(Date.now() + 60_000) } });
    await startRenewal(await app.actorFor(busy.adminEmail), busy.slug, awardId, { today: TODAY });
    expect((await app.prisma.selfAssessmentStatement.findMany({ where: { selfAssessmentId } })).map((s) => s.statementNumber)).toEqual([3]);
  });
});

describe("renewal on a new version of the standard", () => {
  it("copies answers and evidence links by code to a new self-assessment, and says what could not be carried over", async () => {
    const previous = await finishedSelfAssessment(app.prisma, newVersion);
    const awardId = await testAward(app.prisma, newVersion, expiring);
    // Version 2 drops 1.2.b and adds 1.2.d.
    const v2 = {
      ...frameworkV1,
      title: "Coproduction Standard – Leeds I Statements, v2",
      statements: frameworkV1.statements.map((s) =>
        s.number !== 1 ? s : { ...s, criteria: [...s.criteria.filter((c) => c.code !== "1.2.b"), { ...s.criteria.find((c) => c.code === "1.2.b")!, code: "1.2.d" }] },
      ),
    };
    const v2Id = await importFramework(app.prisma, v2, { version: 2, status: "PUBLISHED" });
    const admin = await app.actorFor(newVersion.adminEmail);

    const started = await startRenewal(admin, newVersion.slug, awardId, { today: TODAY });
    expect(started.notCarriedOver).toEqual(["1.2.b"]);
    expect(started.newCriteria).toEqual(["1.2.d"]);
    expect(started.selfAssessmentId).not.toBe(previous);

    // lib/self-assessment now works on the renewal: the newest self-assessment, on version 2.
    const view = await loadSelfAssessment(admin, newVersion.slug);
    expect(view.selfAssessmentId).toBe(started.selfAssessmentId);
    expect(view.framework.id).toBe(v2Id);
    const v2Codes = new Map(view.framework.statements.flatMap((s) => s.criteria.map((c) => [c.id, c.code])));
    expect([...view.answers.values()].map((a) => v2Codes.get(a.criterionId)).sort()).toEqual([...v2Codes.values()].filter((c) => c !== "1.2.d").sort());
    expect(view.answers.get([...v2Codes].find(([, code]) => code === "1.1.a")![0])).toMatchObject({ claim: "PARTLY", account: "What we do for 1.1.a, in a sentence or two.", version: 1 });
    expect([...view.statusByStatement.values()].filter((s) => s === "READY")).toEqual([]);
    const item = view.evidence.find((e) => e.title === "Members' meeting notes")!;
    expect(item.criterionIds.map((id) => v2Codes.get(id)).filter(Boolean)).toEqual(["1.1.a"]);
    // The earlier self-assessment is kept as it was.
    expect(await app.prisma.selfAssessmentStatement.count({ where: { selfAssessmentId: previous } })).toBe(6);
  });
});
