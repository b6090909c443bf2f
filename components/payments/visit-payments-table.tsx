import Link from "next/link";
import type { VisitForPayment } from "@/lib/payments/list-visits";
import { formatIsoDate } from "@/lib/dates";
import { STATUS_TAGS } from "@/lib/payments/labels";
import { Tag } from "@/components/ui/tag";

const VISIT_STATUS: Record<VisitForPayment["visitStatus"], string> = {
  SCHEDULED: "Booked",
  IN_PROGRESS: "In progress",
  REPORT_SUBMITTED: "Report sent",
  CLOSED: "Finished",
  CANCELLED: "Cancelled",
};

/** Every visit with each of its assessors' payment status, newest first. */
export function VisitPaymentsTable({ visits }: { visits: VisitForPayment[] }) {
  return (
    <table className="w-full border-collapse mb-8">
      <caption className="text-left text-xl font-bold mb-2">Visits and payments, newest first</caption>
      <thead>
        <tr className="border-b-2 border-ink text-left">
          <th scope="col" className="py-2 pr-4">Visit</th>
          <th scope="col" className="py-2 pr-4">Date</th>
          <th scope="col" className="py-2 pr-4">Visit status</th>
          <th scope="col" className="py-2">Assessors&apos; payments</th>
        </tr>
      </thead>
      <tbody>
        {visits.map((v) => (
          <tr key={v.visitId} className="border-b border-border align-top">
            <th scope="row" className="py-2 pr-4 text-left font-normal">
              <Link href={`/admin/payments/visits/${v.visitId}`}>
                {v.organisationName}
                <span className="sr-only"> on {formatIsoDate(v.scheduledFor)}</span>
              </Link>
            </th>
            <td className="py-2 pr-4">{formatIsoDate(v.scheduledFor)}</td>
            <td className="py-2 pr-4">{VISIT_STATUS[v.visitStatus]}</td>
            <td className="py-2">
              <ul className="list-none p-0 m-0">
                {v.assessors.map((a) => (
                  <li key={a.userId} className="mb-1">
                    {a.name}
                    {a.isLead ? " (lead)" : ""}: <Tag tone={STATUS_TAGS[a.status].tone}>{STATUS_TAGS[a.status].label}</Tag>
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
