// Accepting an invitation: as someone new (account, membership and invitation in one go, once),
// as someone with an account (only when signed in as the invited address), and every way a
// link can be unusable.
import { describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { acceptInvitationWithNewAccount } from "@/lib/members/accept-with-new-account";
import { cancelInvitation } from "@/lib/members/cancel-invitation";
import { findInvitation } from "@/lib/members/find-invitation";
import { inviteMember } from "@/lib/members/invite-member";
import { seededAppDatabase } from "./setup/app-database";
import { expectAppError, latestInvitationToken } from "./members-support";

const app = seededAppDatabase();
const PASSWORD = "a long enough password";
const account = { name: "Sam Jones", password: PASSWORD, confirmPassword: PASSWORD };

async function invite(email: string, role: "ORG_ADMIN" | "ORG_MEMBER" = "ORG_MEMBER", slug = "northside-mind") {
  const { invitationId } = await inviteMember(await app.actorFor(`admin@${slug}.demo.test`), slug, { email, role });
  return { invitationId, token: await latestInvitationToken(app.prisma, email) };
}

describe("someone without an account", () => {
  it("sees whom the invitation is for, and that they need to create an account", async () => {
    const { token } = await invite("sam@example.org");
    expect(await findInvitation(token)).toMatchObject({ status: "pending", email: "sam@example.org", organisationName: "Northside Mind", invitedByName: "Grace Adeyemi", accountExists: false });
  });

  it("creates their account and membership and uses up the invitation, in one go", async () => {
    const token = await latestInvitationToken(app.prisma, "sam@example.org");
    expect(await acceptInvitationWithNewAccount(token, account)).toEqual({ email: "sam@example.org", organisationSlug: "northside-mind" });
    const user = await app.prisma.user.findUniqueOrThrow({ where: { email: "sam@example.org" }, include: { memberships: { include: { organisation: true } } } });
    expect(user.name).toBe("Sam Jones");
    expect(user.passwordHash).not.toContain(PASSWORD);
    expect(user.memberships.map((m) => [m.organisation.slug, m.role])).toEqual([["northside-mind", "ORG_MEMBER"]]);
    expect((await app.prisma.invitation.findFirstOrThrow({ where: { email: "sam@example.org" } })).acceptedAt).not.toBeNull();
    const signIn = await authenticateWithPassword({ email: "sam@example.org", password: PASSWORD }, "10.9.0.1");
    expect(signIn.ok).toBe(true);
  });

  it("refuses the same link a second time and says it was used", async () => {
    const token = await latestInvitationToken(app.prisma, "sam@example.org");
    await expectAppError(acceptInvitationWithNewAccount(token, { ...account, name: "Someone Else" }), "CONFLICT", /already been used/);
    expect(await findInvitation(token)).toMatchObject({ status: "accepted" });
    expect((await app.prisma.user.findUniqueOrThrow({ where: { email: "sam@example.org" } })).name).toBe("Sam Jones");
  });

  it("refuses a short or mismatched password without using up the invitation", async () => {
    const { token } = await invite("short@example.org");
    const short = await expectAppError(acceptInvitationWithNewAccount(token, { name: "Al", password: "too-short", confirmPassword: "too-short" }), "INVALID");
    expect(short.fieldErrors.password).toEqual(["Password must be 12 characters or more"]);
    const mismatch = await expectAppError(acceptInvitationWithNewAccount(token, { ...account, confirmPassword: `${PASSWORD}!` }), "INVALID");
    expect(mismatch.fieldErrors.confirmPassword?.[0]).toMatch(/do not match/);
    expect(await findInvitation(token)).toMatchObject({ status: "pending" });
    expect(await app.prisma.user.count({ where: { email: "short@example.org" } })).toBe(0);
  });

  it("refuses an expired invitation and creates nothing", async () => {
    const { invitationId, token } = await invite("late@example.org");
    await app.prisma.invitation.update({ where: { id: invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findInvitation(token)).toMatchObject({ status: "expired", organisationName: "Northside Mind" });
    await expectAppError(acceptInvitationWithNewAccount(token, account), "CONFLICT", /expired/);
    expect(await app.prisma.user.count({ where: { email: "late@example.org" } })).toBe(0);
  });

  it("refuses a cancelled invitation, and an old link replaced by a newer invitation", async () => {
    const { invitationId, token } = await invite("cancelled@example.org");
    await cancelInvitation(await app.actorFor("admin@northside-mind.demo.test"), "northside-mind", invitationId);
    expect(await findInvitation(token)).toMatchObject({ status: "cancelled" });
    await expectAppError(acceptInvitationWithNewAccount(token, account), "CONFLICT");

    const first = await invite("replaced@example.org");
    await invite("replaced@example.org");
    expect(await findInvitation(first.token)).toMatchObject({ status: "cancelled" });
    await expectAppError(acceptInvitationWithNewAccount(first.token, account), "CONFLICT");
    expect(await app.prisma.user.count({ where: { email: { in: ["cancelled@example.org", "replaced@example.org"] } } })).toBe(0);
  });

  it.each(["", "not-a-token", "A".repeat(43)])("treats the made-up token %j as invalid", async (token) => {
    expect(await findInvitation(token)).toEqual({ status: "invalid" });
    await expectAppError(acceptInvitationWithNewAccount(token, account), "CONFLICT");
  });
});

describe("someone who already has an account", () => {
  it("is asked to sign in rather than create an account", async () => {
    const { token } = await invite("member@elm-house.demo.test", "ORG_ADMIN");
    expect(await findInvitation(token)).toMatchObject({ status: "pending", accountExists: true });
    await expectAppError(acceptInvitationWithNewAccount(token, account), "CONFLICT", /already an account/);
    expect(await findInvitation(token)).toMatchObject({ status: "pending" });
  });

  it("cannot be accepted by anyone signed in as another address", async () => {
    const token = await latestInvitationToken(app.prisma, "member@elm-house.demo.test");
    const other = await app.actorFor("member@harbour-recovery.demo.test");
    await expectAppError(acceptInvitation(other, token), "FORBIDDEN", /This invitation is for member@elm-house\.demo\.test, but you are signed in as member@harbour-recovery\.demo\.test/);
    expect(await app.prisma.membership.count({ where: { userId: other.userId, organisation: { slug: "northside-mind" } } })).toBe(0);
    expect(await findInvitation(token)).toMatchObject({ status: "pending" });
  });

  it("joins a second organisation as the invited role, keeping the first", async () => {
    const token = await latestInvitationToken(app.prisma, "member@elm-house.demo.test");
    const owen = await app.actorFor("member@elm-house.demo.test");
    expect(await acceptInvitation(owen, token)).toEqual({ organisationSlug: "northside-mind" });
    const memberships = await app.prisma.membership.findMany({ where: { userId: owen.userId }, include: { organisation: true }, orderBy: { createdAt: "asc" } });
    expect(memberships.map((m) => [m.organisation.slug, m.role])).toEqual([
      ["elm-house", "ORG_MEMBER"],
      ["northside-mind", "ORG_ADMIN"],
    ]);
    await expectAppError(acceptInvitation(owen, token), "CONFLICT", /already been used/);
  });

  it("lets only one of two simultaneous presses succeed", async () => {
    const { token } = await invite("member@harbour-recovery.demo.test");
    const aisha = await app.actorFor("member@harbour-recovery.demo.test");
    const results = await Promise.allSettled([acceptInvitation(aisha, token), acceptInvitation(aisha, token)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    await expectAppError(Promise.reject(refused?.reason), "CONFLICT", /already been used/);
    expect(await app.prisma.membership.count({ where: { userId: aisha.userId, organisation: { slug: "northside-mind" } } })).toBe(1);
  });
});
