import { describe, expect, it } from "vitest";
import { can, organisationKindsReachable, ownOrganisationIds, type Permission } from "@/lib/access/permissions";
import type { MembershipSummary } from "@/lib/auth/memberships";
import type { OrganisationKind, Role } from "@/generated/prisma/enums";

const member = (role: Role, organisationId: string, kind: OrganisationKind): MembershipSummary => ({
  role,
  organisationId,
  organisationKind: kind,
  organisationSlug: organisationId,
  organisationName: organisationId,
});

const providerA = { id: "a", kind: "PROVIDER" as const };
const providerB = { id: "b", kind: "PROVIDER" as const };
const commissioningBody = { id: "icb", kind: "COMMISSIONER" as const };

describe("permissions", () => {
  it.each<[string, MembershipSummary[], Permission, { id: string; kind: OrganisationKind }, boolean]>([
    ["an org admin edits their own organisation", [member("ORG_ADMIN", "a", "PROVIDER")], "organisation:edit", providerA, true],
    ["an org admin cannot edit another provider", [member("ORG_ADMIN", "a", "PROVIDER")], "organisation:edit", providerB, false],
    ["an org member cannot edit their own organisation", [member("ORG_MEMBER", "a", "PROVIDER")], "organisation:edit", providerA, false],
    ["an org member sees their own members", [member("ORG_MEMBER", "a", "PROVIDER")], "members:view", providerA, true],
    ["an org member cannot see another provider", [member("ORG_MEMBER", "a", "PROVIDER")], "organisation:view", providerB, false],
    ["a commissioner views any provider", [member("COMMISSIONER", "icb", "COMMISSIONER")], "organisation:view", providerB, true],
    ["a commissioner cannot edit a provider", [member("COMMISSIONER", "icb", "COMMISSIONER")], "organisation:edit", providerB, false],
    ["a commissioner cannot see a provider's people", [member("COMMISSIONER", "icb", "COMMISSIONER")], "members:view", providerA, false],
    ["an assessor cannot browse providers", [member("ASSESSOR", "scheme", "SCHEME")], "organisation:view", providerA, false],
    ["a scheme admin views every provider", [member("SCHEME_ADMIN", "scheme", "SCHEME")], "organisation:view", providerB, true],
    ["a scheme admin edits a commissioning body", [member("SCHEME_ADMIN", "scheme", "SCHEME")], "organisation:edit", commissioningBody, true],
    ["someone with no memberships can do nothing", [], "organisation:view", providerA, false],
  ])("%s", (_name, memberships, permission, target, expected) => {
    expect(can({ memberships }, permission, target)).toBe(expected);
  });

  it("grants nothing for a role it does not know (fails closed)", () => {
    const unknown = { ...member("ORG_ADMIN", "a", "PROVIDER"), role: "SUPERUSER" as Role };
    expect(ownOrganisationIds({ memberships: [unknown] }, "organisation:view")).toEqual([]);
    expect(organisationKindsReachable({ memberships: [unknown] }, "organisation:view")).toEqual([]);
  });

  it("grants nothing for a permission it does not know (fails closed)", () => {
    const admin = [member("SCHEME_ADMIN", "scheme", "SCHEME")];
    expect(can({ memberships: admin }, "awards:forge" as Permission, providerA)).toBe(false);
  });
});
