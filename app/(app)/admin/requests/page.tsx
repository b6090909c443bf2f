import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { listAssessmentQueue } from "@/lib/assessment-requests/list-requests";
import { levelLabel } from "@/components/scoring/statement-result-table";
import { Tag } from "@/components/ui/tag";

export const metadata: Metadata = { title: "Assessment requests" };

export default async function AssessmentQueuePage() {
  const actor = await requireRole("SCHEME_ADMIN");
  const requests = await listAssessmentQueue(actor);
  return (
    <>
      <Link href="/admin" className="inline-block mb-4">Back to scheme administration</Link>
      <h1>Assessment requests</h1>
      {requests.length === 0 ? (
        <p>No organisation is waiting for an assessment. Requests appear here when an organisation finishes its self-assessment.</p>
      ) : (
        <table className="w-full border-collapse">
          <caption className="sr-only">Open assessment requests, oldest first</caption>
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="py-2 pr-4">Organisation</th>
              <th scope="col" className="py-2 pr-4">Requested</th>
              <th scope="col" className="py-2 pr-4">Self-assessed</th>
              <th scope="col" className="py-2">Status</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <tr key={r.id} className="border-b border-border">
                <td className="py-2 pr-4"><Link href={`/admin/requests/${r.id}`}>{r.organisationName}</Link></td>
                <td className="py-2 pr-4">{r.requestedAt.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" })}</td>
                <td className="py-2 pr-4">{levelLabel(r.selfAssessedLevel)}</td>
                <td className="py-2"><Tag tone={r.status === "QUEUED" ? "yellow" : "blue"}>{r.status === "QUEUED" ? "Waiting for assessors" : "Assessors assigned"}</Tag></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
