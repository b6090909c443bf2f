import { describe, expect, it } from "vitest";
import type { OrganisationKind, Role } from "@/generated/prisma/enums";
import { can } from "@/lib/access/permissions";

const provider = { id: "p", kind: "PROVIDER" as const };
const holder = (role: Role, organisationId: string, kind: OrganisationKind) => ({ memberships: [{ organisationId, role, organisationKind: kind, organisationName: "x", organisationSlug: "x" }] });

describe("who may see and run feedback rounds", () => {
  it("lets the provider's admins run rounds and its members see them", () => {
    expect(can(holder("ORG_ADMIN", "p", "PROVIDER"), "feedback:manage", provider)).toBe(true);
    expect(can(holder("ORG_ADMIN", "p", "PROVIDER"), "feedback:view", provider)).toBe(true);
    expect(can(holder("ORG_MEMBER", "p", "PROVIDER"), "feedback:view", provider)).toBe(true);
    expect(can(holder("ORG_MEMBER", "p", "PROVIDER"), "feedback:manage", provider)).toBe(false);
  });

  it("gives nobody else either, not even the scheme team", () => {
    for (const [role, org, kind] of [["ORG_ADMIN", "other", "PROVIDER"], ["SCHEME_ADMIN", "scheme", "SCHEME"], ["ASSESSOR", "scheme", "SCHEME"], ["COMMISSIONER", "icb", "COMMISSIONER"]] as const) {
      expect(can(holder(role, org, kind), "feedback:view", provider), role).toBe(false);
      expect(can(holder(role, org, kind), "feedback:manage", provider), role).toBe(false);
    }
  });
});
