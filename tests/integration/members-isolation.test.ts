// Tenant isolation for members: nobody reaches another organisation's people or invitations,
// by slug or by crafted ids under their own slug, and only admins manage even their own. Every
// refusal is NOT_FOUND, and nothing changes.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { cancelInvitation } from "@/lib/members/cancel-invitation";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { getMemberToManage } from "@/lib/members/get-member";
import { inviteMember } from "@/lib/members/invite-member";
import { listPendingInvitations } from "@/lib/members/list-invitations";
import { listMembers } from "@/lib/members/list-members";
import { removeMember } from "@/lib/members/remove-member";
import { resendInvitation } from "@/lib/members/resend-invitation";
import { seededAppDatabase } from "./setup/app-database";
import { expectAppError } from "./members-support";

const app = seededAppDatabase();
const PROVIDERS = ["northside-mind", "harbour-recovery", "elm-house"] as const;
type Target = { slug: string; membershipIds: string[]; invitationId: string };
const targets = new Map<string, Target>();

beforeAll(async () => {
  for (const slug of PROVIDERS) {
    const admin = await app.actorFor(`admin@${slug}.demo.test`);
    const { invitationId } = await inviteMember(admin, slug, { email: `waiting@${slug}.example.org`, role: "ORG_MEMBER" });
    const memberships = await app.prisma.membership.findMany({ where: { organisation: { slug } }, select: { id: true } });
    targets.set(slug, { slug, membershipIds: memberships.map((m) => m.id), invitationId });
  }
});

/** Every members service, aimed at `slug` with another organisation's (or its own) ids. */
async function expectNoManagement(actor: Actor, slug: string, ids: Target) {
  await expectAppError(listPendingInvitations(actor, slug), "NOT_FOUND");
  await expectAppError(inviteMember(actor, slug, { email: "intruder@example.org", role: "ORG_ADMIN" }), "NOT_FOUND");
  await expectAppError(resendInvitation(actor, slug, ids.invitationId), "NOT_FOUND");
  await expectAppError(cancelInvitation(actor, slug, ids.invitationId), "NOT_FOUND");
  for (const id of ids.membershipIds) {
    await expectAppError(getMemberToManage(actor, slug, id), "NOT_FOUND");
    await expectAppError(changeMemberRole(actor, slug, id, { role: "ORG_ADMIN" }), "NOT_FOUND");
    await expectAppError(removeMember(actor, slug, id), "NOT_FOUND");
  }
}

async function snapshot() {
  const [memberships, invitations] = await Promise.all([
    app.prisma.membership.findMany({ select: { id: true, role: true }, orderBy: { id: "asc" } }),
    app.prisma.invitation.findMany({ select: { id: true, revokedAt: true, acceptedAt: true }, orderBy: { id: "asc" } }),
  ]);
  return { memberships, invitations, intruders: await app.prisma.invitation.count({ where: { email: "intruder@example.org" } }) };
}

describe.each(PROVIDERS)("people of %s", (own) => {
  const others = PROVIDERS.filter((slug) => slug !== own);

  it.each(others)("get not found for everything of %s, by its slug", async (other) => {
    const before = await snapshot();
    for (const email of [`admin@${own}.demo.test`, `member@${own}.demo.test`]) {
      const actor = await app.actorFor(email);
      await expectAppError(listMembers(actor, other), "NOT_FOUND");
      await expectNoManagement(actor, other, targets.get(other)!);
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each(others)("get not found for %s's people and invitations by id, under their own slug", async (other) => {
    const before = await snapshot();
    const admin = await app.actorFor(`admin@${own}.demo.test`);
    const { membershipIds, invitationId } = targets.get(other)!;
    await expectAppError(resendInvitation(admin, own, invitationId), "NOT_FOUND");
    await expectAppError(cancelInvitation(admin, own, invitationId), "NOT_FOUND");
    for (const id of membershipIds) {
      await expectAppError(getMemberToManage(admin, own, id), "NOT_FOUND");
      await expectAppError(changeMemberRole(admin, own, id, { role: "ORG_MEMBER" }), "NOT_FOUND");
      await expectAppError(removeMember(admin, own, id), "NOT_FOUND");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("who are members, not admins, see their own people but cannot manage them", async () => {
    const before = await snapshot();
    const member = await app.actorFor(`member@${own}.demo.test`);
    expect((await listMembers(member, own)).map((m) => m.email).sort()).toEqual([`admin@${own}.demo.test`, `member@${own}.demo.test`]);
    await expectNoManagement(member, own, targets.get(own)!);
    expect(await snapshot()).toEqual(before);
  });
});

describe("people outside providers", () => {
  it.each(["commissioner@demo.test", "assessor.one@demo.test"])("%s cannot see or manage any provider's people", async (email) => {
    const before = await snapshot();
    const actor = await app.actorFor(email);
    for (const slug of PROVIDERS) {
      await expectAppError(listMembers(actor, slug), "NOT_FOUND");
      await expectNoManagement(actor, slug, targets.get(slug)!);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("a scheme admin manages providers' people, but the scheme's own roles are not managed here", async () => {
    const schemeAdmin = await app.actorFor("scheme.admin@demo.test");
    expect(await listPendingInvitations(schemeAdmin, "elm-house")).toHaveLength(1);
    expect((await listMembers(schemeAdmin, "leeds-coproduction-quality-mark")).length).toBeGreaterThan(0);
    await expectAppError(listPendingInvitations(schemeAdmin, "leeds-coproduction-quality-mark"), "NOT_FOUND");
    await expectAppError(inviteMember(schemeAdmin, "leeds-place-commissioning", { email: "x@example.org", role: "ORG_ADMIN" }), "NOT_FOUND");
  });
});
