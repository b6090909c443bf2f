// The scheme admin's decision on a real database: when it may be made, the level rule, the award
// and what it changes (earlier award superseded, visit closed, request completed, emails, audit),
// one decision however many clicks, and closing without an award.
import { beforeAll, describe, expect, it } from "vitest";
import { decideVisit, NO_REPORT } from "@/lib/moderation/decide-visit";
import { sendForAccuracyCheck } from "@/lib/moderation/send-accuracy-check";
import { addAccuracyPoint, removeAccuracyPoint } from "@/lib/moderation/accuracy-points";
import { confirmNoFactualErrors } from "@/lib/moderation/respond-to-check";
import { getOrganisationAssessment } from "@/lib/moderation/get-organisation-assessment";
import { getVisitForModeration } from "@/lib/moderation/get-moderation-visit";
import { NO_AWARD_AT_LEVEL_0 } from "@/lib/moderation/level-rule";
import { getVisitForAssessor } from "@/lib/visit-record/get-visit";
import { readAwardSnapshot } from "@/lib/awards/award-snapshot";
import { seededAppDatabase } from "./setup/app-database";
import { assignedVisit, auditActions, DAWN, isModeration, NORTHSIDE_ADMIN, outboxTo, rejection, SCHEME_ADMIN, submitReportFor } from "./moderation-fixtures";

const app = seededAppDatabase();

// Sent Tuesday 24 November 2026, due Tuesday 8 December; the check is over on the 9th.
const SENT = "2026-11-24";
const DUE = "2026-12-08";
const AFTER = "2026-12-09";
const condition = { condition1Description: "Invite carers to the quarterly service review", condition1Day: "30", condition1Month: "6", condition1Year: "2027" };

let first = { visitId: "", requestId: "" };
let oldAwardId = "";

/** An earlier, still active award for Northside Mind from a visit long ago. */
async function earlierAward(): Promise<string> {
  const org = await app.prisma.organisation.findUniqueOrThrow({ where: { slug: "northside-mind" } });
  const framework = await app.prisma.frameworkVersion.findFirstOrThrow();
  const request = await app.prisma.assessmentRequest.create({ data: { organisationId: org.id, frameworkVersionId: framework.id, rulesVersion: 1, status: "COMPLETED", snapshot: {}, selfAssessedLevel: 1, requestedAt: new Date("2024-10-01T10:00:00Z") } });
  const visit = await app.prisma.visit.create({ data: { assessmentRequestId: request.id, organisationId: org.id, scheduledFor: new Date("2024-11-05T00:00:00Z"), status: "CLOSED" } });
  const award = await app.prisma.award.create({
    data: { organisationId: org.id, visitId: visit.id, level: 1, issuedLevel: 1, computedLevel: 1, frameworkVersionId: framework.id, rulesVersion: 1, expiresOn: new Date("2026-12-20T00:00:00Z"), reviewDueOn: new Date("2024-12-20T00:00:00Z"), verificationCode: "CQM-0LD0-AWRD", snapshot: { snapshotVersion: 1 } },
  });
  return award.id;
}

beforeAll(async () => {
  oldAwardId = await earlierAward();
  first = await assignedVisit(app);
});

describe("when a decision may be made", () => {
  it("is refused without a submitted report", async () => {
    const refused = await rejection(decideVisit(await app.actorFor(SCHEME_ADMIN), first.visitId, { award: "1" }, { today: AFTER }));
    expect(refused.message).toBe(NO_REPORT);
    expect(refused.message).toBe("An award cannot be issued without a submitted report.");
  });

  it("is refused until the report has been sent and the organisation's check is over", async () => {
    await submitReportFor(app, first.visitId, 2);
    const admin = await app.actorFor(SCHEME_ADMIN);
    expect((await rejection(decideVisit(admin, first.visitId, { award: "2" }, { today: AFTER }))).message).toMatch(/^Send the report for a factual-accuracy check first/);
    await sendForAccuracyCheck(admin, first.visitId, { today: SENT });
    expect((await rejection(decideVisit(admin, first.visitId, { award: "2" }, { today: DUE }))).kind).toBe("CONFLICT");
    expect(await app.prisma.award.count({ where: { visitId: first.visitId } })).toBe(0);
  });

  it("is open once the deadline has passed, when the organisation can no longer add points", async () => {
    const org = await app.actorFor(NORTHSIDE_ADMIN);
    expect((await rejection(removeAccuracyPoint(org, "northside-mind", "crafted", { today: DUE }))).kind).toBe("NOT_FOUND");
    const late = await rejection(addAccuracyPoint(org, "northside-mind", { whatIsWrong: "x", evidence: "y" }, { today: AFTER }));
    expect(late.message).toBe("The time to check this report ended on 8 December 2026, so it can no longer be changed.");
    expect((await getVisitForModeration(await app.actorFor(SCHEME_ADMIN), first.visitId, { today: AFTER })).stage).toBe("READY_TO_DECIDE");
  });
});

describe("the level rule", () => {
  it("never issues above the verified level, asks for a reason when lower, and wants conditions due in the future", async () => {
    const admin = await app.actorFor(SCHEME_ADMIN);
    const decide = (input: Record<string, string>) => rejection(decideVisit(admin, first.visitId, input, { today: AFTER }));
    expect((await decide({ award: "3" })).fieldErrors).toEqual({ award: ["The award cannot be above the verified level. Select level 2 or lower"] });
    expect((await decide({ award: "1" })).fieldErrors).toEqual({ levelReason: ["Say why you are awarding less than the verified level (level 2)"] });
    expect((await decide({ award: "2", condition1Description: "Do it", condition1Day: "9", condition1Month: "12", condition1Year: "2026" })).fieldErrors).toEqual({
      condition1DueOn: ["Condition 1 due date must be in the future"],
    });
    expect((await decide({ award: "2", condition2Day: "1", condition2Month: "1", condition2Year: "2027" })).fieldErrors).toEqual({
      condition2Description: ["Enter what condition 2 asks the organisation to do"],
    });
    expect((await decide({ award: "NONE", noAwardReason: " " })).fieldErrors).toEqual({ noAwardReason: ["Say why no award is being issued. The organisation will be told this reason"] });
    expect((await decide({})).fieldErrors).toEqual({ award: ["Select the level to award, or no award"] });
    expect(await app.prisma.award.count({ where: { visitId: first.visitId } })).toBe(0);
    expect((await app.prisma.visit.findUniqueOrThrow({ where: { id: first.visitId } })).status).toBe("REPORT_SUBMITTED");
  });
});

describe("issuing the award", () => {
  it("issues the level with its conditions, supersedes the earlier award and closes the visit and the request", async () => {
    const admin = await app.actorFor(SCHEME_ADMIN);
    expect(await getVisitForAssessor(await app.actorFor(DAWN), first.visitId)).toMatchObject({ id: first.visitId });
    const codes = ["CQM-0LD0-AWRD", "CQM-NEW0-C0DE"];
    const outcome = await decideVisit(admin, first.visitId, { award: "1", levelReason: "Statement 2's evidence was thin on the day.", ...condition }, { today: AFTER, newCode: () => codes.shift() ?? "CQM-XXXX-XXXX" });
    if (outcome.outcome !== "AWARD") throw new Error("expected an award");

    const award = await app.prisma.award.findUniqueOrThrow({ where: { id: outcome.awardId }, include: { conditions: true } });
    const request = await app.prisma.assessmentRequest.findUniqueOrThrow({ where: { id: first.requestId } });
    expect(award).toMatchObject({ level: 1, issuedLevel: 1, computedLevel: 2, levelReason: "Statement 2's evidence was thin on the day.", status: "ACTIVE", issuedById: admin.userId, frameworkVersionId: request.frameworkVersionId, rulesVersion: request.rulesVersion });
    // The first code was taken by the earlier award, so the next one was used.
    expect(award.verificationCode).toBe("CQM-NEW0-C0DE");
    expect(award.expiresOn.toISOString().slice(0, 10)).toBe("2028-12-09");
    // 15 working days from Wednesday 9 December 2026, skipping Christmas and New Year.
    expect(award.reviewDueOn.toISOString().slice(0, 10)).toBe("2027-01-04");
    expect(award.conditions.map((c) => [c.description, c.dueOn.toISOString().slice(0, 10), c.status])).toEqual([["Invite carers to the quarterly service review", "2027-06-30", "OPEN"]]);
    const snapshot = readAwardSnapshot(award.snapshot);
    expect(snapshot.result.overallLevel).toBe(2);
    expect(snapshot.visit).toEqual({ id: first.visitId, date: "2026-11-23" });
    expect(snapshot.organisation.name).toBe("Northside Mind");

    expect(await app.prisma.award.findUniqueOrThrow({ where: { id: oldAwardId } })).toMatchObject({ status: "SUPERSEDED", statusChangedById: admin.userId });
    expect((await app.prisma.visit.findUniqueOrThrow({ where: { id: first.visitId } })).status).toBe("CLOSED");
    expect(request.status).toBe("COMPLETED");
    expect((await rejection(getVisitForAssessor(await app.actorFor(DAWN), first.visitId))).kind).toBe("NOT_FOUND");

    expect(await outboxTo(app, NORTHSIDE_ADMIN, "Northside Mind has been awarded the Coproduction Quality Mark at level 1")).toBe(1);
    expect(await auditActions(app, outcome.awardId)).toEqual(["award.issued"]);
    expect(await auditActions(app, oldAwardId)).toEqual(["award.superseded"]);
    const history = (await getVisitForModeration(admin, first.visitId, { today: AFTER })).history.map((h) => h.action).filter(isModeration);
    expect(history).toEqual(["award.issued", "visit.accuracy_check.sent"]);

    const orgView = await getOrganisationAssessment(await app.actorFor(NORTHSIDE_ADMIN), "northside-mind", { today: AFTER });
    expect(orgView.state).toMatchObject({ kind: "DECIDED", outcome: { kind: "AWARD", level: 1, expiresOn: "2028-12-09" } });
  });

  it("refuses a second decision with a clear message and changes nothing", async () => {
    const refused = await rejection(decideVisit(await app.actorFor(SCHEME_ADMIN), first.visitId, { award: "NONE", noAwardReason: "Changed my mind" }, { today: AFTER }));
    expect(refused.message).toBe("A decision has already been made on this visit. Nothing has been changed.");
    expect(await app.prisma.award.count({ where: { visitId: first.visitId } })).toBe(1);
    expect((await app.prisma.visitReport.findUniqueOrThrow({ where: { visitId: first.visitId } })).noAwardDecidedAt).toBeNull();
  });

  it("gives one award when two decisions arrive at once", async () => {
    const second = await assignedVisit(app);
    await submitReportFor(app, second.visitId, 2);
    const admin = await app.actorFor(SCHEME_ADMIN);
    await sendForAccuracyCheck(admin, second.visitId, { today: SENT });
    await confirmNoFactualErrors(await app.actorFor(NORTHSIDE_ADMIN), "northside-mind", { today: SENT });
    const results = await Promise.allSettled([
      decideVisit(admin, second.visitId, { award: "2" }, { today: SENT }),
      decideVisit(admin, second.visitId, { award: "2" }, { today: SENT }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const failure = results.find((r) => r.status === "rejected");
    expect(failure?.status === "rejected" ? (failure.reason as Error).message : "").toBe("A decision has already been made on this visit. Nothing has been changed.");
    expect(await app.prisma.award.count({ where: { visitId: second.visitId } })).toBe(1);
    const org = await app.prisma.organisation.findUniqueOrThrow({ where: { slug: "northside-mind" } });
    expect(await app.prisma.award.count({ where: { organisationId: org.id, status: "ACTIVE" } })).toBe(1);
  });
});

describe("closing without an award", () => {
  it("refuses an award at verified level 0 and closes with the reason the organisation is told", async () => {
    const third = await assignedVisit(app);
    await submitReportFor(app, third.visitId, 0);
    const admin = await app.actorFor(SCHEME_ADMIN);
    await sendForAccuracyCheck(admin, third.visitId, { today: SENT });
    await confirmNoFactualErrors(await app.actorFor(NORTHSIDE_ADMIN), "northside-mind", { today: SENT });
    expect((await rejection(decideVisit(admin, third.visitId, { award: "1" }, { today: SENT }))).fieldErrors).toEqual({ award: [NO_AWARD_AT_LEVEL_0] });

    const reason = "No criterion was met on the day. Level 1 needs people who use the service involved in planning.";
    expect(await decideVisit(admin, third.visitId, { award: "NONE", noAwardReason: reason }, { today: SENT })).toEqual({ outcome: "NO_AWARD" });
    const report = await app.prisma.visitReport.findUniqueOrThrow({ where: { visitId: third.visitId } });
    expect(report).toMatchObject({ noAwardReason: reason, noAwardDecidedById: admin.userId });
    expect((await app.prisma.visit.findUniqueOrThrow({ where: { id: third.visitId } })).status).toBe("CLOSED");
    expect((await app.prisma.assessmentRequest.findUniqueOrThrow({ where: { id: third.requestId } })).status).toBe("COMPLETED");
    expect(await app.prisma.award.count({ where: { visitId: third.visitId } })).toBe(0);
    expect(await auditActions(app, third.visitId)).toEqual(["visit.accuracy_check.sent", "visit.accuracy_check.responded", "visit.closed_without_award"]);
    const audit = await app.prisma.auditEvent.findFirstOrThrow({ where: { entityId: third.visitId, action: "visit.closed_without_award" } });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain("No criterion was met");
    expect(await outboxTo(app, NORTHSIDE_ADMIN, "The outcome of Northside Mind's assessment")).toBe(1);
    const orgView = await getOrganisationAssessment(await app.actorFor(NORTHSIDE_ADMIN), "northside-mind", { today: SENT });
    expect(orgView.state).toMatchObject({ kind: "DECIDED", outcome: { kind: "NO_AWARD", reason } });
  });
});
