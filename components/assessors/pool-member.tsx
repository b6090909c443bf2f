import Link from "next/link";
import type { PoolMember } from "@/lib/assessors/list-pool";
import { formatIsoDate } from "@/lib/dates";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { CONFLICT_SUMMARIES } from "@/components/assessors/conflict-labels";

const dateOr = (date: string | null | undefined, otherwise: string) => (date ? formatIsoDate(date) : otherwise);
const listOr = (items: string[]) => (items.length ? items.join(", ") : "Not given");

/** One assessor in the pool: accreditation, what they can assess and their declared conflicts. */
export function PoolMemberSection({ member }: { member: PoolMember }) {
  const a = member.accreditation;
  const headingId = `assessor-${member.userId}-name`;
  return (
    <section id={`assessor-${member.userId}`} aria-labelledby={headingId} className="mb-10">
      <h2 id={headingId} className="mb-2">{member.name}</h2>
      <p className="mb-4"><Tag tone={member.status.tone}>{member.status.label}</Tag></p>
      <SummaryList
        rows={[
          { key: "Email", value: member.email },
          { key: "Training finished", value: dateOr(a?.trainingCompletedOn, "Not yet") },
          { key: "Accredited", value: a?.accreditedOn ? `${formatIsoDate(a.accreditedOn)}, expires ${dateOr(a.accreditationExpiresOn, "(no date)")}` : "Not yet" },
          { key: "Areas", value: listOr(member.areas) },
          { key: "Kinds of service", value: listOr(member.serviceKinds) },
          { key: "Usually free", value: member.availability || "Not given" },
          {
            key: "Declared conflicts",
            value: member.conflicts.length ? (
              <ul className="list-disc pl-5 m-0">
                {member.conflicts.map((c) => (
                  <li key={c.id}>
                    {c.organisationName}: {CONFLICT_SUMMARIES[c.kind]}
                    {c.note ? ` (“${c.note}”)` : null}
                  </li>
                ))}
              </ul>
            ) : (
              "None declared"
            ),
          },
        ]}
      />
      <Link href={`/admin/assessors/${member.userId}`}>
        Change<span className="sr-only"> {member.name}&apos;s record</span>
      </Link>
    </section>
  );
}
