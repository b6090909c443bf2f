// Who may reach an award, for every award service: another organisation, a member where an
// administrator is needed, assessors, commissioners and crafted ids all get NOT_FOUND, exactly as
// if the award did not exist, and nothing changes.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { getOrganisationAward, getAwardHeadline } from "@/lib/awards/get-organisation-award";
import { requestReview } from "@/lib/awards/request-review";
import { startRenewal } from "@/lib/awards/start-renewal";
import { listAwards } from "@/lib/awards/list-awards";
import { getAwardForAdmin } from "@/lib/awards/get-award";
import { resolveCondition } from "@/lib/awards/resolve-condition";
import { decideReview } from "@/lib/awards/decide-review";
import { changeAwardStatus } from "@/lib/awards/change-status";
import { seededAppDatabase } from "./setup/app-database";
import { expectAppError } from "./members-support";
import { awardState, testAward, testProvider, testSchemeAdmin, type TestProvider } from "./award-fixtures";

const app = seededAppDatabase();

const TODAY = "2026-11-23";
const today = { today: TODAY };
// In the review window and the renewal window, with an open condition and an open review.
const terms = { level: 2, issuedOn: "2026-11-16", expiresOn: "2027-01-04", reviewDueOn: "2026-12-07" };

let org: TestProvider;
let other: TestProvider;
let awardId = "";
let otherAwardId = "";
let conditionId = "";

beforeAll(async () => {
  org = await testProvider(app.prisma, "Burley Lodge Centre");
  other = await testProvider(app.prisma, "Headingley Hope");
  awardId = await testAward(app.prisma, org, { ...terms, conditions: [{ description: "Publish the members' survey", dueOn: "2026-12-01" }], review: { grounds: "The visit was cut short." } });
  otherAwardId = await testAward(app.prisma, other, terms);
  conditionId = (await app.prisma.awardCondition.findFirstOrThrow({ where: { awardId } })).id;
  await testSchemeAdmin(app.prisma, "uninvolved@scheme.test", "Samira Khan");
});

async function everythingAbout(id: string) {
  return { ...(await awardState(app.prisma, id)), selfAssessments: await app.prisma.selfAssessment.count(), reviews: await app.prisma.awardReview.count() };
}

describe("the organisation's award pages", () => {
  it("are NOT_FOUND for another organisation, assessors and commissioners", async () => {
    for (const email of [other.adminEmail, other.memberEmail, "assessor.one@demo.test", "commissioner@demo.test", "admin@northside-mind.demo.test"]) {
      const actor = await app.actorFor(email);
      await expectAppError(getOrganisationAward(actor, org.slug, today), "NOT_FOUND");
      await expectAppError(getAwardHeadline(actor, org.slug, today), "NOT_FOUND");
    }
  });

  it("show the organisation only its own awards, to members too", async () => {
    const view = await getOrganisationAward(await app.actorFor(org.memberEmail), org.slug, today);
    expect(view.award?.id).toBe(awardId);
    expect(view.canAct).toBe(false);
    expect((await getOrganisationAward(await app.actorFor(other.adminEmail), other.slug, today)).award?.id).toBe(otherAwardId);
  });
});

describe("the organisation's actions (review, renewal)", () => {
  const calls = (actor: Actor, slug: string, id: string) => [
    () => requestReview(actor, slug, id, { grounds: "The process was not followed." }, today),
    () => startRenewal(actor, slug, id, today),
  ];

  it("are NOT_FOUND for members, other organisations, the scheme team, assessors, commissioners and crafted ids, and change nothing", async () => {
    const before = await everythingAbout(otherAwardId);
    const beforeOwn = await everythingAbout(awardId);
    const cases: Array<[string, string, string]> = [
      [other.memberEmail, other.slug, otherAwardId],
      [org.adminEmail, other.slug, otherAwardId],
      [org.adminEmail, org.slug, otherAwardId],
      [org.adminEmail, org.slug, "crafted-award-id"],
      ["scheme.admin@demo.test", other.slug, otherAwardId],
      ["assessor.one@demo.test", other.slug, otherAwardId],
      ["commissioner@demo.test", other.slug, otherAwardId],
    ];
    for (const [email, slug, id] of cases) {
      for (const call of calls(await app.actorFor(email), slug, id)) await expectAppError(call(), "NOT_FOUND");
    }
    expect(await everythingAbout(otherAwardId)).toEqual(before);
    expect(await everythingAbout(awardId)).toEqual(beforeOwn);
  });
});

describe("the scheme team's award services", () => {
  const calls = (actor: Actor, id: string, condition: string) => [
    () => listAwards(actor, today),
    () => getAwardForAdmin(actor, id, today),
    () => resolveCondition(actor, id, condition, { outcome: "MET" }, today),
    () => decideReview(actor, id, { outcomeLevel: "3", reason: "Raised" }, today),
    () => changeAwardStatus(actor, id, "suspend", { reason: "Paused" }, today),
    () => changeAwardStatus(actor, id, "revoke", { reason: "Ended" }, today),
  ];

  it("are NOT_FOUND for organisation admins and members, assessors and commissioners, and change nothing", async () => {
    const before = await everythingAbout(awardId);
    for (const email of [org.adminEmail, org.memberEmail, other.adminEmail, "assessor.one@demo.test", "commissioner@demo.test"]) {
      for (const call of calls(await app.actorFor(email), awardId, conditionId)) await expectAppError(call(), "NOT_FOUND");
    }
    expect(await everythingAbout(awardId)).toEqual(before);
  });

  it("are NOT_FOUND for crafted award and condition ids, and change nothing", async () => {
    const admin = await app.actorFor("uninvolved@scheme.test");
    const before = await everythingAbout(awardId);
    for (const call of calls(admin, "crafted-award-id", conditionId).slice(1)) await expectAppError(call(), "NOT_FOUND");
    await expectAppError(resolveCondition(admin, awardId, "crafted-condition-id", { outcome: "MET" }, today), "NOT_FOUND");
    await expectAppError(resolveCondition(admin, otherAwardId, conditionId, { outcome: "MET" }, today), "NOT_FOUND");
    expect(await everythingAbout(awardId)).toEqual(before);
  });
});
