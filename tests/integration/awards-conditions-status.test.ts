// A scheme admin decides an award's conditions and suspends, reinstates or revokes it, on a real
// database: the level and standing change as the rules say, emails and audit rows follow, and a
// refused change leaves everything as it was.
import { beforeAll, describe, expect, it } from "vitest";
import { resolveCondition } from "@/lib/awards/resolve-condition";
import { changeAwardStatus } from "@/lib/awards/change-status";
import { getAwardForAdmin } from "@/lib/awards/get-award";
import { getOrganisationAward } from "@/lib/awards/get-organisation-award";
import { listAwards } from "@/lib/awards/list-awards";
import { seededAppDatabase } from "./setup/app-database";
import { expectAppError } from "./members-support";
import { awardState, testAward, testProvider, type TestProvider } from "./award-fixtures";

const app = seededAppDatabase();

const TODAY = "2026-11-23";
const ADMIN = "scheme.admin@demo.test";
const terms = { issuedOn: "2026-06-01", expiresOn: "2028-06-01", reviewDueOn: "2026-06-22" };
const condition = { description: "Recruit two members with lived experience to the board", dueOn: "2026-11-01" };

let org: TestProvider;
beforeAll(async () => {
  org = await testProvider(app.prisma, "Holbeck Hearing Voices");
});

async function conditions(awardId: string) {
  return app.prisma.awardCondition.findMany({ where: { awardId }, orderBy: { description: "asc" } });
}

describe("deciding a condition", () => {
  it("met: confirms the award as it is, emails the organisation's admins and audits it", async () => {
    const awardId = await testAward(app.prisma, org, { level: 2, ...terms, conditions: [condition] });
    const [open] = await conditions(awardId);
    const admin = await app.actorFor(ADMIN);
    await resolveCondition(admin, awardId, open!.id, { outcome: "MET", note: "" }, { today: TODAY });

    expect((await conditions(awardId))[0]).toMatchObject({ status: "MET", resolvedById: admin.userId });
    expect(await app.prisma.award.findUniqueOrThrow({ where: { id: awardId } })).toMatchObject({ level: 2, status: "ACTIVE" });
    const email = await app.prisma.outboxEmail.findFirstOrThrow({ where: { to: org.adminEmail, subject: "A condition of the award for Holbeck Hearing Voices has been met" } });
    expect(email.text).toContain("Recruit two members with lived experience to the board");
    expect(await app.prisma.outboxEmail.count({ where: { to: org.memberEmail } })).toBe(0);
    expect(await app.prisma.auditEvent.findFirstOrThrow({ where: { entityId: awardId, action: "award.condition.met" } })).toMatchObject({
      before: { conditionId: open!.id, conditionStatus: "OPEN", level: 2 },
      after: { conditionId: open!.id, conditionStatus: "MET", level: 2, status: "ACTIVE" },
    });
  });

  it("missed: lowers the award to the level chosen below the current one", async () => {
    const awardId = await testAward(app.prisma, org, { level: 3, ...terms, conditions: [condition] });
    const [open] = await conditions(awardId);
    await resolveCondition(await app.actorFor(ADMIN), awardId, open!.id, { outcome: "MISSED", newLevel: "1", note: "No members have joined the board yet." }, { today: TODAY });

    expect((await conditions(awardId))[0]).toMatchObject({ status: "MISSED", outcomeNote: "No members have joined the board yet." });
    expect(await app.prisma.award.findUniqueOrThrow({ where: { id: awardId } })).toMatchObject({ level: 1, issuedLevel: 3, status: "ACTIVE" });
    const view = await getOrganisationAward(await app.actorFor(org.memberEmail), org.slug, { today: TODAY });
    expect(view.award).toMatchObject({ id: awardId, level: 1, issuedLevel: 3 });
    expect(await app.prisma.auditEvent.findFirstOrThrow({ where: { entityId: awardId, action: "award.condition.missed" } })).toMatchObject({ after: { conditionStatus: "MISSED", level: 1 } });
  });

  it("missed down to 0 revokes the award", async () => {
    const awardId = await testAward(app.prisma, org, { level: 1, ...terms, conditions: [condition] });
    const [open] = await conditions(awardId);
    await resolveCondition(await app.actorFor(ADMIN), awardId, open!.id, { outcome: "MISSED", newLevel: "0", note: "The board declined to take members on." }, { today: TODAY });
    expect(await app.prisma.award.findUniqueOrThrow({ where: { id: awardId } })).toMatchObject({ level: 0, status: "REVOKED", statusReason: "The board declined to take members on." });
    const email = await app.prisma.outboxEmail.findFirstOrThrow({ where: { to: org.adminEmail, subject: "A condition of the award for Holbeck Hearing Voices was not met" }, orderBy: { createdAt: "desc" } });
    expect(email.text).toContain("has revoked the award");
  });

  it("refuses a missed condition without a note or a lower level, and changes nothing", async () => {
    const awardId = await testAward(app.prisma, org, { level: 2, ...terms, conditions: [condition] });
    const [open] = await conditions(awardId);
    const before = await awardState(app.prisma, awardId);
    const admin = await app.actorFor(ADMIN);
    const error = await expectAppError(resolveCondition(admin, awardId, open!.id, { outcome: "MISSED", newLevel: "2", note: "" }, { today: TODAY }), "INVALID");
    expect(error.fieldErrors).toEqual({ note: ["Say what you found: why the condition was not met"], newLevel: ["Choose the award's new level, below level 2"] });
    await expectAppError(resolveCondition(admin, awardId, open!.id, { outcome: "MISSED", newLevel: "3", note: "Not done" }, { today: TODAY }), "INVALID");
    await expectAppError(resolveCondition(admin, awardId, open!.id, {}, { today: TODAY }), "INVALID");
    expect(await awardState(app.prisma, awardId)).toEqual(before);
  });

  it("decides each condition once", async () => {
    const awardId = await testAward(app.prisma, org, { level: 2, ...terms, conditions: [condition] });
    const [open] = await conditions(awardId);
    const admin = await app.actorFor(ADMIN);
    await resolveCondition(admin, awardId, open!.id, { outcome: "MET" }, { today: TODAY });
    const before = await awardState(app.prisma, awardId);
    await expectAppError(resolveCondition(admin, awardId, open!.id, { outcome: "MISSED", newLevel: "1", note: "Changed my mind" }, { today: TODAY }), "CONFLICT", /already been decided/);
    expect(await awardState(app.prisma, awardId)).toEqual(before);
  });

  it("does not find a condition through another award", async () => {
    const one = await testAward(app.prisma, org, { level: 2, ...terms, conditions: [condition] });
    const other = await testAward(app.prisma, org, { level: 2, ...terms });
    const [open] = await conditions(one);
    await expectAppError(resolveCondition(await app.actorFor(ADMIN), other, open!.id, { outcome: "MET" }, { today: TODAY }), "NOT_FOUND");
    expect((await conditions(one))[0]?.status).toBe("OPEN");
  });
});

describe("suspending, reinstating and revoking", () => {
  it("suspends and reinstates with reasons: standing, emails and audit follow each change", async () => {
    const awardId = await testAward(app.prisma, org, { level: 2, ...terms });
    const admin = await app.actorFor(ADMIN);
    const member = await app.actorFor(org.memberEmail);

    await changeAwardStatus(admin, awardId, "suspend", { reason: "A safeguarding concern is being looked into." }, { today: TODAY });
    expect(await app.prisma.award.findUniqueOrThrow({ where: { id: awardId } })).toMatchObject({ status: "SUSPENDED", statusReason: "A safeguarding concern is being looked into.", statusChangedById: admin.userId });
    expect((await getOrganisationAward(member, org.slug, { today: TODAY })).award?.standing.standing).toBe("SUSPENDED");
    expect((await app.prisma.outboxEmail.findFirstOrThrow({ where: { to: org.adminEmail, subject: "The award for Holbeck Hearing Voices has been suspended" } })).text).toContain("A safeguarding concern is being looked into.");

    await changeAwardStatus(admin, awardId, "reinstate", { reason: "The concern was resolved." }, { today: TODAY });
    expect((await getOrganisationAward(member, org.slug, { today: TODAY })).award?.standing.standing).toBe("CURRENT");
    expect(await app.prisma.outboxEmail.count({ where: { to: org.adminEmail, subject: "The award for Holbeck Hearing Voices has been reinstated" } })).toBe(1);

    const view = await getAwardForAdmin(admin, awardId, { today: TODAY });
    expect(view.history.map((h) => [h.action, h.before, h.after, h.actorName])).toEqual([
      ["award.reinstated", { status: "SUSPENDED", level: 2 }, { status: "ACTIVE", level: 2 }, "Priya Shah"],
      ["award.suspended", { status: "ACTIVE", level: 2 }, { status: "SUSPENDED", level: 2 }, "Priya Shah"],
    ]);
  });

  it("revokes for good: nothing more can change", async () => {
    const awardId = await testAward(app.prisma, org, { level: 2, ...terms, conditions: [condition] });
    const admin = await app.actorFor(ADMIN);
    await changeAwardStatus(admin, awardId, "revoke", { reason: "The organisation has closed its peer support service." }, { today: TODAY });
    expect((await app.prisma.award.findUniqueOrThrow({ where: { id: awardId } })).status).toBe("REVOKED");
    expect((await getAwardForAdmin(admin, awardId, { today: TODAY })).statusChanges).toEqual([]);

    const before = await awardState(app.prisma, awardId);
    for (const change of ["suspend", "reinstate", "revoke"] as const) {
      await expectAppError(changeAwardStatus(admin, awardId, change, { reason: "Try again" }, { today: TODAY }), "CONFLICT", /revoked/);
    }
    const [open] = await conditions(awardId);
    await expectAppError(resolveCondition(admin, awardId, open!.id, { outcome: "MET" }, { today: TODAY }), "CONFLICT", /no longer in force/);
    expect(await awardState(app.prisma, awardId)).toEqual(before);
  });

  it("needs a reason and a change that fits the award's status", async () => {
    const awardId = await testAward(app.prisma, org, { level: 2, ...terms });
    const admin = await app.actorFor(ADMIN);
    const before = await awardState(app.prisma, awardId);
    const error = await expectAppError(changeAwardStatus(admin, awardId, "suspend", { reason: " " }, { today: TODAY }), "INVALID");
    expect(error.fieldErrors).toEqual({ reason: ["Enter the reason"] });
    await expectAppError(changeAwardStatus(admin, awardId, "reinstate", { reason: "Why not" }, { today: TODAY }), "CONFLICT", /Only a suspended award can be reinstated/);
    expect(await awardState(app.prisma, awardId)).toEqual(before);
    expect((await getAwardForAdmin(admin, awardId, { today: TODAY })).statusChanges).toEqual(["suspend", "revoke"]);
  });
});

describe("the scheme team's list of awards", () => {
  it("shows each award's level, standing, open and overdue conditions and a waiting review", async () => {
    const list = await testProvider(app.prisma, "Armley Sanctuary");
    const awardId = await testAward(app.prisma, list, { level: 2, ...terms, conditions: [condition, { description: "Publish the members' survey", dueOn: "2027-01-10" }], review: { grounds: "The visit was cut short." } });
    const row = (await listAwards(await app.actorFor(ADMIN), { today: TODAY })).find((r) => r.id === awardId);
    expect(row).toEqual({
      id: awardId,
      organisationName: "Armley Sanctuary",
      level: 2,
      standing: { standing: "CURRENT", underReview: true, label: "Current (under review)" },
      expiresOn: "2028-06-01",
      openConditions: 2,
      overdueConditions: 1,
      reviewWaiting: true,
    });
  });
});
