import type { MembershipSummary } from "@/lib/auth/memberships";

export type NavLink = { href: string; label: string };

/** The main navigation for a signed-in person, one entry per area their roles open. */
export function navigationFor(memberships: readonly Pick<MembershipSummary, "role" | "organisationSlug" | "organisationName">[]): NavLink[] {
  const links: NavLink[] = [];
  for (const m of memberships) {
    if (m.role === "SCHEME_ADMIN") links.push({ href: "/admin", label: "Scheme administration" });
    if (m.role === "ASSESSOR") links.push({ href: "/assessor", label: "My assessments" });
    if (m.role === "COMMISSIONER") links.push({ href: "/commissioner", label: "Commissioning" });
    if (m.role === "ORG_ADMIN" || m.role === "ORG_MEMBER") links.push({ href: `/organisations/${m.organisationSlug}`, label: m.organisationName });
  }
  return links.filter((link, i) => links.findIndex((other) => other.href === link.href) === i);
}
