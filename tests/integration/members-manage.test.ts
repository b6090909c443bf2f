// Changing roles and removing people: admins (and scheme admins) may, members may not even in
// their own organisation, and no organisation is ever left without an administrator.
import { describe, expect, it } from "vitest";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { getMemberToManage } from "@/lib/members/get-member";
import { listMembers } from "@/lib/members/list-members";
import { removeMember } from "@/lib/members/remove-member";
import { seededAppDatabase } from "./setup/app-database";
import { expectAppError } from "./members-support";

const app = seededAppDatabase();

async function membershipId(email: string, slug: string): Promise<string> {
  const row = await app.prisma.membership.findFirstOrThrow({ where: { user: { email }, organisation: { slug } }, select: { id: true } });
  return row.id;
}

describe("the last administrator", () => {
  it("cannot be demoted, with a message beside the role", async () => {
    const admin = await app.actorFor("admin@northside-mind.demo.test");
    const own = await membershipId("admin@northside-mind.demo.test", "northside-mind");
    expect((await getMemberToManage(admin, "northside-mind", own)).member).toMatchObject({ isYou: true, isOnlyAdmin: true });
    const error = await expectAppError(changeMemberRole(admin, "northside-mind", own, { role: "ORG_MEMBER" }), "CONFLICT", /^You are the only administrator of Northside Mind/);
    expect(error.fieldErrors.role).toEqual([error.message]);
  });

  it("cannot be removed, by themselves or by a scheme admin", async () => {
    const own = await membershipId("admin@northside-mind.demo.test", "northside-mind");
    await expectAppError(removeMember(await app.actorFor("admin@northside-mind.demo.test"), "northside-mind", own), "CONFLICT", /only administrator/);
    await expectAppError(removeMember(await app.actorFor("scheme.admin@demo.test"), "northside-mind", own), "CONFLICT", /Grace Adeyemi is the only administrator/);
    expect(await app.prisma.membership.count({ where: { id: own } })).toBe(1);
  });
});

describe("an organisation admin", () => {
  it("promotes a member, who then counts as another admin", async () => {
    const admin = await app.actorFor("admin@northside-mind.demo.test");
    const liam = await membershipId("member@northside-mind.demo.test", "northside-mind");
    expect(await changeMemberRole(admin, "northside-mind", liam, { role: "ORG_ADMIN" })).toEqual({ changedOwnRole: false });
    expect((await getMemberToManage(admin, "northside-mind", liam)).member).toMatchObject({ role: "ORG_ADMIN", isOnlyAdmin: false });
  });

  it("may then step down, since another admin remains", async () => {
    const admin = await app.actorFor("admin@northside-mind.demo.test");
    const own = await membershipId("admin@northside-mind.demo.test", "northside-mind");
    expect(await changeMemberRole(admin, "northside-mind", own, { role: "ORG_MEMBER" })).toEqual({ changedOwnRole: true });
    // Now only a member, Grace can no longer manage anyone, herself included.
    const grace = await app.actorFor("admin@northside-mind.demo.test");
    await expectAppError(changeMemberRole(grace, "northside-mind", own, { role: "ORG_ADMIN" }), "NOT_FOUND");
  });

  it("may remove themselves while another admin remains, keeping their account", async () => {
    const liam = await app.actorFor("member@northside-mind.demo.test");
    const grace = await membershipId("admin@northside-mind.demo.test", "northside-mind");
    await changeMemberRole(liam, "northside-mind", grace, { role: "ORG_ADMIN" });
    const liamsMembership = await membershipId("member@northside-mind.demo.test", "northside-mind");
    expect(await removeMember(liam, "northside-mind", liamsMembership)).toEqual({ removedSelf: true });
    expect(await app.prisma.user.count({ where: { email: "member@northside-mind.demo.test" } })).toBe(1);
    await expectAppError(listMembers(await app.actorFor("member@northside-mind.demo.test"), "northside-mind"), "NOT_FOUND");
  });

  it("removes a member, who loses access at once", async () => {
    const admin = await app.actorFor("admin@elm-house.demo.test");
    const owen = await membershipId("member@elm-house.demo.test", "elm-house");
    expect(await removeMember(admin, "elm-house", owen)).toEqual({ removedSelf: false });
    expect((await listMembers(admin, "elm-house")).map((m) => m.email)).toEqual(["admin@elm-house.demo.test"]);
    await expectAppError(removeMember(admin, "elm-house", owen), "NOT_FOUND");
  });

  it("refuses a role outside the organisation's two", async () => {
    const admin = await app.actorFor("admin@harbour-recovery.demo.test");
    const aisha = await membershipId("member@harbour-recovery.demo.test", "harbour-recovery");
    const error = await expectAppError(changeMemberRole(admin, "harbour-recovery", aisha, { role: "SCHEME_ADMIN" }), "INVALID");
    expect(error.fieldErrors.role).toEqual(["Choose a role"]);
    expect((await app.prisma.membership.findUniqueOrThrow({ where: { id: aisha } })).role).toBe("ORG_MEMBER");
  });
});

describe("two admins demoting each other at the same moment", () => {
  it("leaves exactly one administrator", async () => {
    const tomId = await membershipId("admin@harbour-recovery.demo.test", "harbour-recovery");
    const aishaId = await membershipId("member@harbour-recovery.demo.test", "harbour-recovery");
    await changeMemberRole(await app.actorFor("admin@harbour-recovery.demo.test"), "harbour-recovery", aishaId, { role: "ORG_ADMIN" });
    const [tom, aisha] = await Promise.all([app.actorFor("admin@harbour-recovery.demo.test"), app.actorFor("member@harbour-recovery.demo.test")]);
    const results = await Promise.allSettled([
      changeMemberRole(tom, "harbour-recovery", aishaId, { role: "ORG_MEMBER" }),
      changeMemberRole(aisha, "harbour-recovery", tomId, { role: "ORG_MEMBER" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await app.prisma.membership.count({ where: { organisation: { slug: "harbour-recovery" }, role: "ORG_ADMIN" } })).toBe(1);
  });
});
