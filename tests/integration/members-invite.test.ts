// Inviting people: the email and its link, what is stored, re-inviting, resending, cancelling,
// refusing existing members, and the hourly limit per organisation.
import { describe, expect, it } from "vitest";
import { cancelInvitation } from "@/lib/members/cancel-invitation";
import { hashInvitationToken } from "@/lib/members/invitation-token";
import { inviteMember } from "@/lib/members/invite-member";
import { listPendingInvitations } from "@/lib/members/list-invitations";
import { resendInvitation } from "@/lib/members/resend-invitation";
import { INVITATION_RULE } from "@/lib/members/send-invitation";
import { seededAppDatabase } from "./setup/app-database";
import { expectAppError, latestInvitationToken } from "./members-support";

const app = seededAppDatabase();
const ADMIN = "admin@northside-mind.demo.test";

describe("inviting someone", () => {
  it("emails a link that works for 7 days and stores only the token's hash", async () => {
    const admin = await app.actorFor(ADMIN);
    const before = Date.now();
    const { invitationId, email } = await inviteMember(admin, "northside-mind", { email: " New.Colleague@Example.org ", role: "ORG_MEMBER" });
    expect(email).toBe("new.colleague@example.org");

    const outbox = await app.prisma.outboxEmail.findFirstOrThrow({ where: { to: "new.colleague@example.org" } });
    expect(outbox.subject).toBe("You are invited to join Northside Mind on the Coproduction Quality Mark");
    expect(outbox.text).toContain("Grace Adeyemi has invited you");
    expect(outbox.text).toMatch(/^http:\/\/localhost:3000\/invitations\/[A-Za-z0-9_-]{43}$/m);

    const token = await latestInvitationToken(app.prisma, "new.colleague@example.org");
    const row = await app.prisma.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(row.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row).toMatchObject({ email: "new.colleague@example.org", role: "ORG_MEMBER", acceptedAt: null, revokedAt: null, invitedById: admin.userId });
    const days = (row.expiresAt.getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);
  });

  it("lists it as waiting to be accepted", async () => {
    const pending = await listPendingInvitations(await app.actorFor(ADMIN), "northside-mind");
    expect(pending.map((i) => i.email)).toContain("new.colleague@example.org");
    expect(pending.find((i) => i.email === "new.colleague@example.org")).toMatchObject({ invitedByName: "Grace Adeyemi", expired: false });
  });

  it("replaces the earlier invitation when the same address is invited again", async () => {
    const admin = await app.actorFor(ADMIN);
    const first = await inviteMember(admin, "northside-mind", { email: "twice@example.org", role: "ORG_MEMBER" });
    const second = await inviteMember(admin, "northside-mind", { email: "TWICE@example.org", role: "ORG_ADMIN" });
    const rows = await app.prisma.invitation.findMany({ where: { email: "twice@example.org" }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.id, r.revokedAt !== null])).toEqual([
      [first.invitationId, true],
      [second.invitationId, false],
    ]);
    const pending = await listPendingInvitations(admin, "northside-mind");
    expect(pending.filter((i) => i.email === "twice@example.org").map((i) => i.role)).toEqual(["ORG_ADMIN"]);
  });

  it("refuses someone who is already a member, with a message beside the field", async () => {
    const admin = await app.actorFor(ADMIN);
    const error = await expectAppError(inviteMember(admin, "northside-mind", { email: "Member@Northside-Mind.demo.test", role: "ORG_ADMIN" }), "CONFLICT");
    expect(error.fieldErrors.email?.[0]).toBe("member@northside-mind.demo.test is already a member of Northside Mind. To change what they can do, change their role instead.");
    expect(await app.prisma.invitation.count({ where: { email: "member@northside-mind.demo.test" } })).toBe(0);
  });

  it("invites a member of another organisation, since memberships are per organisation", async () => {
    await inviteMember(await app.actorFor(ADMIN), "northside-mind", { email: "member@elm-house.demo.test", role: "ORG_MEMBER" });
    expect(await latestInvitationToken(app.prisma, "member@elm-house.demo.test")).toHaveLength(43);
  });

  it("rejects a bad address or role with field messages and sends nothing", async () => {
    const admin = await app.actorFor(ADMIN);
    const emails = await app.prisma.outboxEmail.count();
    const error = await expectAppError(inviteMember(admin, "northside-mind", { email: "not an email", role: "SCHEME_ADMIN" }), "INVALID");
    expect(error.fieldErrors.email?.[0]).toMatch(/correct format/);
    expect(error.fieldErrors.role).toEqual(["Choose a role"]);
    expect(await app.prisma.outboxEmail.count()).toBe(emails);
  });

  it("lets a scheme admin invite into a provider", async () => {
    await inviteMember(await app.actorFor("scheme.admin@demo.test"), "elm-house", { email: "from-scheme@example.org", role: "ORG_ADMIN" });
    expect((await app.prisma.invitation.findFirstOrThrow({ where: { email: "from-scheme@example.org" } })).role).toBe("ORG_ADMIN");
  });
});

describe("resending and cancelling", () => {
  it("resends with a new link and cancels the old one", async () => {
    const admin = await app.actorFor(ADMIN);
    const { invitationId } = await inviteMember(admin, "northside-mind", { email: "resend@example.org", role: "ORG_MEMBER" });
    const oldToken = await latestInvitationToken(app.prisma, "resend@example.org");
    const resent = await resendInvitation(admin, "northside-mind", invitationId);
    const newToken = await latestInvitationToken(app.prisma, "resend@example.org");
    expect(newToken).not.toBe(oldToken);
    expect((await app.prisma.invitation.findUniqueOrThrow({ where: { id: invitationId } })).revokedAt).not.toBeNull();
    expect((await app.prisma.invitation.findUniqueOrThrow({ where: { id: resent.invitationId } })).tokenHash).toBe(hashInvitationToken(newToken));
    await expectAppError(resendInvitation(admin, "northside-mind", invitationId), "NOT_FOUND");
  });

  it("cancels an invitation once", async () => {
    const admin = await app.actorFor(ADMIN);
    const { invitationId } = await inviteMember(admin, "northside-mind", { email: "cancel@example.org", role: "ORG_MEMBER" });
    await cancelInvitation(admin, "northside-mind", invitationId);
    expect((await listPendingInvitations(admin, "northside-mind")).map((i) => i.email)).not.toContain("cancel@example.org");
    await expectAppError(cancelInvitation(admin, "northside-mind", invitationId), "NOT_FOUND");
  });
});

describe("the hourly limit", () => {
  it(`allows ${INVITATION_RULE.limit} invitations an hour per organisation, then refuses with a clear message`, async () => {
    const admin = await app.actorFor("admin@harbour-recovery.demo.test");
    for (let i = 0; i < INVITATION_RULE.limit; i++) await inviteMember(admin, "harbour-recovery", { email: `bulk${i}@example.org`, role: "ORG_MEMBER" });
    await expectAppError(
      inviteMember(admin, "harbour-recovery", { email: "one-too-many@example.org", role: "ORG_MEMBER" }),
      "RATE_LIMITED",
      /sent 20 invitations in the last hour.*You can send more in \d+ minutes?\./,
    );
    expect(await app.prisma.invitation.count({ where: { email: "one-too-many@example.org" } })).toBe(0);
    const pending = await listPendingInvitations(admin, "harbour-recovery");
    await expectAppError(resendInvitation(admin, "harbour-recovery", pending[0]!.id), "RATE_LIMITED");
  });

  it("counts each organisation separately", async () => {
    await inviteMember(await app.actorFor("admin@elm-house.demo.test"), "elm-house", { email: "not-throttled@example.org", role: "ORG_MEMBER" });
  });
});
