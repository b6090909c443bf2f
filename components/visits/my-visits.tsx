import type { MyVisit } from "@/lib/visits/list-my-visits";
import { formatIsoDate } from "@/lib/dates";
import Link from "next/link";
import { Tag } from "@/components/ui/tag";

type VisitStatus = MyVisit["status"];

const STATUS: Record<VisitStatus, { label: string; tone: "blue" | "yellow" | "green" | "grey" }> = {
  SCHEDULED: { label: "Booked", tone: "blue" },
  IN_PROGRESS: { label: "In progress", tone: "yellow" },
  REPORT_SUBMITTED: { label: "Report sent", tone: "green" },
  CLOSED: { label: "Finished", tone: "grey" },
  CANCELLED: { label: "Cancelled", tone: "grey" },
};

/** The assessor's own visits: where, when, their role and who they go with. */
export function MyVisits({ visits }: { visits: MyVisit[] }) {
  if (visits.length === 0) {
    return <p>You have no visits yet. When the scheme team asks you to assess an organisation, it will appear here and we will email you.</p>;
  }
  return (
    <table className="w-full border-collapse mb-8">
      <caption className="sr-only">Your visits, soonest first</caption>
      <thead>
        <tr className="border-b-2 border-ink text-left">
          <th scope="col" className="py-2 pr-4">Organisation</th>
          <th scope="col" className="py-2 pr-4">Date</th>
          <th scope="col" className="py-2 pr-4">Your role</th>
          <th scope="col" className="py-2">Status</th>
        </tr>
      </thead>
      <tbody>
        {visits.map((v) => (
          <tr key={v.id} className="border-b border-border">
            <th scope="row" className="py-2 pr-4 text-left font-normal">
              {/* Once a visit is closed the assessor's access ends, so there is nothing to open. */}
              {v.status === "CLOSED" || v.status === "CANCELLED" ? v.organisationName : <Link href={`/assessor/visits/${v.id}`}>{v.organisationName}</Link>}
            </th>
            <td className="py-2 pr-4">{formatIsoDate(v.scheduledFor)}</td>
            <td className="py-2 pr-4">
              {v.role === "LEAD" ? "Lead assessor" : "Co-assessor"}
              {v.partnerName ? <span className="block text-muted">With {v.partnerName}</span> : null}
            </td>
            <td className="py-2"><Tag tone={STATUS[v.status].tone}>{STATUS[v.status].label}</Tag></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
