import Link from "next/link";
import type { OrganisationView } from "@/lib/organisations/get-organisation";

export type OrganisationSection = "home" | "self-assessment" | "evidence" | "plan" | "members" | "details" | "award" | "feedback";

const SECTIONS: Array<{ key: OrganisationSection; label: string; path: string }> = [
  { key: "home", label: "Overview", path: "" },
  { key: "self-assessment", label: "Self-assessment", path: "/self-assessment" },
  { key: "evidence", label: "Evidence", path: "/evidence" },
  { key: "plan", label: "Improvement plan", path: "/plan" },
  { key: "feedback", label: "Feedback", path: "/feedback" },
  { key: "members", label: "People", path: "/members" },
];

/** The organisation's own sections, shown on every page of its area. */
export function OrganisationNav({ organisation, current }: { organisation: Pick<OrganisationView, "slug" | "name">; current: OrganisationSection }) {
  return (
    <nav aria-label={`${organisation.name} sections`} className="border-b-2 border-border mb-6">
      <ul className="flex flex-wrap gap-x-6 gap-y-1 list-none p-0 m-0">
        {SECTIONS.map((section) => (
          <li key={section.key} className={section.key === current ? "border-b-4 border-brand -mb-0.5" : ""}>
            <Link
              href={`/organisations/${organisation.slug}${section.path}`}
              aria-current={section.key === current ? "page" : undefined}
              className="inline-block py-2 font-bold no-underline hover:underline"
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
