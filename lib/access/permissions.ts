// Who may do what to which organisation. Pure, so it is tested without a database; the scoped
// queries in scope.ts are built from the same table. Unknown roles and permissions grant nothing.
import type { OrganisationKind, Role } from "@/generated/prisma/enums";
import type { MembershipSummary } from "@/lib/auth/memberships";

export type Permission =
  | "organisation:view"
  | "organisation:edit"
  | "members:view"
  | "members:manage"
  | "assessment:view"
  | "assessment:edit"
  | "assessment:request"
  | "evidence:view"
  | "evidence:edit"
  | "plan:view"
  | "plan:edit"
  | "feedback:view"
  | "feedback:manage";

/** Roles that grant a permission on the organisation the membership belongs to. */
const OWN_ORGANISATION: Record<Permission, readonly Role[]> = {
  "organisation:view": ["ORG_ADMIN", "ORG_MEMBER", "COMMISSIONER", "ASSESSOR", "SCHEME_ADMIN"],
  "organisation:edit": ["ORG_ADMIN"],
  "members:view": ["ORG_ADMIN", "ORG_MEMBER", "SCHEME_ADMIN"],
  "members:manage": ["ORG_ADMIN"],
  "assessment:view": ["ORG_ADMIN", "ORG_MEMBER"],
  "assessment:edit": ["ORG_ADMIN", "ORG_MEMBER"],
  "assessment:request": ["ORG_ADMIN"],
  "evidence:view": ["ORG_ADMIN", "ORG_MEMBER"],
  "evidence:edit": ["ORG_ADMIN", "ORG_MEMBER"],
  "plan:view": ["ORG_ADMIN", "ORG_MEMBER"],
  "plan:edit": ["ORG_ADMIN", "ORG_MEMBER"],
  "feedback:view": ["ORG_ADMIN", "ORG_MEMBER"],
  "feedback:manage": ["ORG_ADMIN"],
};

/** Roles that grant a permission on every organisation of a kind, whoever it belongs to. */
const ACROSS_ORGANISATIONS: Record<Permission, Partial<Record<Role, readonly OrganisationKind[]>>> = {
  "organisation:view": { SCHEME_ADMIN: ["SCHEME", "PROVIDER", "COMMISSIONER"], COMMISSIONER: ["PROVIDER"] },
  "organisation:edit": { SCHEME_ADMIN: ["PROVIDER", "COMMISSIONER"] },
  "members:view": { SCHEME_ADMIN: ["SCHEME", "PROVIDER", "COMMISSIONER"] },
  "members:manage": { SCHEME_ADMIN: ["SCHEME", "PROVIDER", "COMMISSIONER"] },
  // The scheme team reads a provider's self-assessment, evidence and plan to run the scheme,
  // but only the organisation itself changes them.
  "assessment:view": { SCHEME_ADMIN: ["PROVIDER"] },
  "assessment:edit": {},
  "assessment:request": {},
  "evidence:view": { SCHEME_ADMIN: ["PROVIDER"] },
  "evidence:edit": {},
  "plan:view": { SCHEME_ADMIN: ["PROVIDER"] },
  "plan:edit": {},
  // Feedback rounds belong to the organisation alone; their results reach others only as the
  // evidence item a closed round becomes (docs/decisions/012-feedback-rounds.md).
  "feedback:view": {},
  "feedback:manage": {},
};

type Holder = { memberships: readonly MembershipSummary[] };
type Target = { id: string; kind: OrganisationKind };

/** Organisation ids where the holder's own membership grants the permission. */
export function ownOrganisationIds(holder: Holder, permission: Permission): string[] {
  const roles = OWN_ORGANISATION[permission] ?? [];
  return holder.memberships.filter((m) => roles.includes(m.role)).map((m) => m.organisationId);
}

/** Kinds of organisation the holder may reach with the permission regardless of membership. */
export function organisationKindsReachable(holder: Holder, permission: Permission): OrganisationKind[] {
  const grants = ACROSS_ORGANISATIONS[permission] ?? {};
  const kinds = new Set<OrganisationKind>();
  for (const m of holder.memberships) for (const kind of grants[m.role] ?? []) kinds.add(kind);
  return [...kinds];
}

export function can(holder: Holder, permission: Permission, target: Target): boolean {
  return ownOrganisationIds(holder, permission).includes(target.id) || organisationKindsReachable(holder, permission).includes(target.kind);
}

export function hasRole(holder: Holder, role: Role): boolean {
  return holder.memberships.some((m) => m.role === role);
}
