import type { Role } from "@/generated/prisma/enums";

type HomeMembership = { role: Role; organisationSlug: string };

// When someone holds several roles, the scheme-wide ones lead: they are what the person
// signed in to do most often.
const ORDER: Role[] = ["SCHEME_ADMIN", "ASSESSOR", "COMMISSIONER", "ORG_ADMIN", "ORG_MEMBER"];

/** Where a person lands after signing in, from their memberships. */
export function homePathFor(memberships: readonly HomeMembership[]): string {
  for (const role of ORDER) {
    const membership = memberships.find((m) => m.role === role);
    if (!membership) continue;
    switch (role) {
      case "SCHEME_ADMIN":
        return "/admin";
      case "ASSESSOR":
        return "/assessor";
      case "COMMISSIONER":
        return "/commissioner";
      case "ORG_ADMIN":
      case "ORG_MEMBER":
        return `/organisations/${membership.organisationSlug}`;
    }
  }
  return "/no-access";
}
