// Asking for a review of an award and deciding it, on a real database: once per award, within
// the window, decided only by a scheme admin who took no part; standing, emails and audit rows.
import { beforeAll, describe, expect, it } from "vitest";
import { requestReview } from "@/lib/awards/request-review";
import { decideReview } from "@/lib/awards/decide-review";
import { getOrganisationAward } from "@/lib/awards/get-organisation-award";
import { getAwardForAdmin } from "@/lib/awards/get-award";
import { seededAppDatabase } from "./setup/app-database";
import { expectAppError } from "./members-support";
import { awardState, testAward, testProvider, testSchemeAdmin, type TestProvider } from "./award-fixtures";

const app = seededAppDatabase();

const TODAY = "2026-11-23";
const ISSUER = "scheme.admin@demo.test";
const REVIEWER = "reviewer.one@scheme.test";
const SENDER = "sender@scheme.test";
const RESPONDER = "responder@scheme.test";
const GROUNDS = { grounds: "Only one assessor came to the visit, and nobody spoke to the carers' group." };
const terms = { issuedOn: "2026-11-16", expiresOn: "2028-11-16", reviewDueOn: "2026-12-07" };

let org: TestProvider;
let involvedIds: { issuer: string; sender: string; responder: string };

beforeAll(async () => {
  org = await testProvider(app.prisma, "Kirkgate Wellbeing");
  await testSchemeAdmin(app.prisma, REVIEWER, "Samira Khan");
  involvedIds = {
    issuer: (await app.actorFor(ISSUER)).userId,
    sender: await testSchemeAdmin(app.prisma, SENDER, "Ben Carter"),
    responder: await testSchemeAdmin(app.prisma, RESPONDER, "Ruth Obi"),
  };
});

async function reviewedAward(level = 2): Promise<string> {
  return testAward(app.prisma, org, {
    level,
    ...terms,
    issuedById: involvedIds.issuer,
    accuracyCheck: { sentById: involvedIds.sender, responderIds: [null, involvedIds.responder] },
  });
}

describe("asking for a review", () => {
  it("records the request, shows the award as under review, tells the scheme team and audits it", async () => {
    const awardId = await reviewedAward();
    const admin = await app.actorFor(org.adminEmail);
    await requestReview(admin, org.slug, awardId, GROUNDS, { today: TODAY });

    const review = await app.prisma.awardReview.findUniqueOrThrow({ where: { awardId } });
    expect(review).toMatchObject({ status: "REQUESTED", grounds: GROUNDS.grounds, requestedById: admin.userId });
    const view = await getOrganisationAward(admin, org.slug, { today: TODAY });
    expect(view.award?.standing).toEqual({ standing: "CURRENT", underReview: true, label: "Current (under review)" });
    expect(view.reviewRefusal).toMatch(/already asked for a review/);
    const emails = await app.prisma.outboxEmail.findMany({ where: { subject: "Kirkgate Wellbeing has asked for a review of its award" } });
    expect(emails.map((e) => e.to)).toEqual(expect.arrayContaining([ISSUER, REVIEWER]));
    const audit = await app.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "Award", entityId: awardId, action: "award.review.requested" } });
    expect(audit).toMatchObject({ actorUserId: admin.userId, organisationId: org.id, after: { reviewId: review.id, reviewStatus: "REQUESTED", level: 2 } });
    // The grounds stay in the review row, never in the audit history.
    expect(JSON.stringify(audit.after)).not.toContain("assessor came");
  });

  it("refuses a second request kindly and changes nothing", async () => {
    const awardId = await reviewedAward();
    const admin = await app.actorFor(org.adminEmail);
    await requestReview(admin, org.slug, awardId, GROUNDS, { today: TODAY });
    const before = await awardState(app.prisma, awardId);
    await expectAppError(requestReview(admin, org.slug, awardId, GROUNDS, { today: TODAY }), "CONFLICT", /You have already asked for a review of this award/);
    expect(await awardState(app.prisma, awardId)).toEqual(before);
  });

  it("is open up to and including the review due date, and refused the day after", async () => {
    const admin = await app.actorFor(org.adminEmail);
    const late = await reviewedAward();
    const before = await awardState(app.prisma, late);
    await expectAppError(requestReview(admin, org.slug, late, GROUNDS, { today: "2026-12-08" }), "CONFLICT", /The time to ask for a review ended on 7 December 2026/);
    expect(await awardState(app.prisma, late)).toEqual(before);
    const lastDay = await reviewedAward();
    await requestReview(admin, org.slug, lastDay, GROUNDS, { today: "2026-12-07" });
    expect(await app.prisma.awardReview.count({ where: { awardId: lastDay } })).toBe(1);
  });

  it("needs the grounds", async () => {
    const awardId = await reviewedAward();
    const error = await expectAppError(requestReview(await app.actorFor(org.adminEmail), org.slug, awardId, { grounds: "   " }, { today: TODAY }), "INVALID");
    expect(error.fieldErrors).toEqual({ grounds: ["Enter how the assessment process was not followed"] });
    expect(await app.prisma.awardReview.count({ where: { awardId } })).toBe(0);
  });

  it("is for the organisation's administrators only: a member finds nothing", async () => {
    const awardId = await reviewedAward();
    await expectAppError(requestReview(await app.actorFor(org.memberEmail), org.slug, awardId, GROUNDS, { today: TODAY }), "NOT_FOUND");
    expect(await app.prisma.awardReview.count({ where: { awardId } })).toBe(0);
  });
});

describe("deciding a review", () => {
  async function requested(level = 2): Promise<string> {
    const awardId = await reviewedAward(level);
    await requestReview(await app.actorFor(org.adminEmail), org.slug, awardId, GROUNDS, { today: TODAY });
    return awardId;
  }

  it("refuses every admin who took part, saying why, and changes nothing", async () => {
    const awardId = await requested();
    const before = await awardState(app.prisma, awardId);
    const decision = { outcomeLevel: "3", reason: "The visit followed the process." };
    await expectAppError(decideReview(await app.actorFor(ISSUER), awardId, decision, { today: TODAY }), "FORBIDDEN", /You issued this award/);
    await expectAppError(decideReview(await app.actorFor(SENDER), awardId, decision, { today: TODAY }), "FORBIDDEN", /You sent the factual accuracy check/);
    await expectAppError(decideReview(await app.actorFor(RESPONDER), awardId, decision, { today: TODAY }), "FORBIDDEN", /You responded to the organisation's factual accuracy points/);
    expect(await awardState(app.prisma, awardId)).toEqual(before);
    const adminView = await getAwardForAdmin(await app.actorFor(ISSUER), awardId, { today: TODAY });
    expect(adminView.involvedBecause).toMatch(/You issued this award/);
    expect((await getAwardForAdmin(await app.actorFor(REVIEWER), awardId, { today: TODAY })).involvedBecause).toBeNull();
  });

  it("lets an admin who took no part raise the level, emails the organisation's admins and audits it", async () => {
    const awardId = await requested(1);
    const reviewer = await app.actorFor(REVIEWER);
    await decideReview(reviewer, awardId, { outcomeLevel: "2", reason: "Accepted evidence was wrongly left out of statement 4." }, { today: TODAY });

    const award = await app.prisma.award.findUniqueOrThrow({ where: { id: awardId }, include: { review: true } });
    expect(award).toMatchObject({ level: 2, issuedLevel: 1, status: "ACTIVE" });
    expect(award.review).toMatchObject({ status: "DECIDED", decidedById: reviewer.userId, outcomeLevel: 2, outcomeReason: "Accepted evidence was wrongly left out of statement 4." });
    const view = await getOrganisationAward(await app.actorFor(org.memberEmail), org.slug, { today: TODAY });
    expect(view.award?.standing.underReview).toBe(false);
    const emails = await app.prisma.outboxEmail.findMany({ where: { subject: "The review of the award for Kirkgate Wellbeing has been decided" }, orderBy: { createdAt: "desc" }, take: 1 });
    expect(emails.map((e) => e.to)).toEqual([org.adminEmail]);
    expect(emails[0]?.text).toContain("The award changes from level 1 to level 2.");
    const audit = await app.prisma.auditEvent.findFirstOrThrow({ where: { entityId: awardId, action: "award.review.decided" } });
    expect(audit).toMatchObject({ actorUserId: reviewer.userId, before: { level: 1, reviewStatus: "REQUESTED" }, after: { level: 2, reviewStatus: "DECIDED", status: "ACTIVE" } });
  });

  it("lowers the level, and level 0 revokes the award", async () => {
    const reviewer = await app.actorFor(REVIEWER);
    const lowered = await requested(2);
    await decideReview(reviewer, lowered, { outcomeLevel: "1", reason: "Statement 2 rested on evidence from outside the window." }, { today: TODAY });
    expect(await app.prisma.award.findUniqueOrThrow({ where: { id: lowered } })).toMatchObject({ level: 1, status: "ACTIVE" });

    const revoked = await requested(1);
    await decideReview(reviewer, revoked, { outcomeLevel: "0", reason: "No statement met level 1 on the evidence seen." }, { today: TODAY });
    expect(await app.prisma.award.findUniqueOrThrow({ where: { id: revoked } })).toMatchObject({ level: 0, status: "REVOKED", statusReason: "No statement met level 1 on the evidence seen.", statusChangedById: reviewer.userId });
  });

  it("decides once: a second decision, or one without a request, is refused", async () => {
    const reviewer = await app.actorFor(REVIEWER);
    const awardId = await requested();
    await decideReview(reviewer, awardId, { outcomeLevel: "2", reason: "The process was followed." }, { today: TODAY });
    const before = await awardState(app.prisma, awardId);
    await expectAppError(decideReview(reviewer, awardId, { outcomeLevel: "1", reason: "Again" }, { today: TODAY }), "CONFLICT", /already been decided/);
    expect(await awardState(app.prisma, awardId)).toEqual(before);
    await expectAppError(decideReview(reviewer, await reviewedAward(), { outcomeLevel: "1", reason: "x" }, { today: TODAY }), "CONFLICT", /Nobody has asked for a review/);
  });

  it("needs a level from 0 to 3 and a reason", async () => {
    const awardId = await requested();
    const error = await expectAppError(decideReview(await app.actorFor(REVIEWER), awardId, { outcomeLevel: "4", reason: "" }, { today: TODAY }), "INVALID");
    expect(error.fieldErrors).toEqual({ outcomeLevel: ["Choose the level after the review"], reason: ["Enter the reason for your decision"] });
    expect((await app.prisma.awardReview.findUniqueOrThrow({ where: { awardId } })).status).toBe("REQUESTED");
  });
});
