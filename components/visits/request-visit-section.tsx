import type { RequestVisit } from "@/lib/visits/get-request-visit";
import { formatIsoDate } from "@/lib/dates";
import { ButtonLink } from "@/components/ui/button";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";

type Props = { requestId: string; status: string; visit: RequestVisit | null; justAssigned: boolean };

/** On the request page: the assigned visit, or the way to assign one. */
export function RequestVisitSection({ requestId, status, visit, justAssigned }: Props) {
  return (
    <section aria-labelledby="visit-heading" className="mb-8">
      {justAssigned && visit ? (
        <NotificationBanner>
          <p className="mb-0 font-bold">Assessors assigned. We have emailed {visit.lead} and {visit.coAssessor}.</p>
        </NotificationBanner>
      ) : null}
      <h2 id="visit-heading">Visit</h2>
      {visit ? (
        <>
          <p><Tag tone="blue">Assessors assigned</Tag></p>
          <SummaryList
            rows={[
              { key: "Visit date", value: formatIsoDate(visit.scheduledFor) },
              { key: "Lead assessor", value: visit.lead ?? "Not recorded" },
              { key: "Co-assessor", value: visit.coAssessor ?? "Not recorded" },
            ]}
          />
        </>
      ) : status === "QUEUED" ? (
        <>
          <p><Tag tone="yellow">Waiting for assessors</Tag></p>
          <ButtonLink href={`/admin/requests/${requestId}/assign`}>Assign assessors</ButtonLink>
        </>
      ) : (
        <p>No visit was assigned to this request.</p>
      )}
    </section>
  );
}
