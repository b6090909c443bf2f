import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { orNotFound } from "@/lib/access/or-not-found";
import { getAssessmentRequest } from "@/lib/assessment-requests/list-requests";
import { ForgetDraft } from "@/components/forms/forget-draft";
import { SnapshotView } from "@/components/assessment-requests/snapshot-view";
import { SummaryList } from "@/components/ui/summary-list";
import { levelLabel } from "@/components/scoring/statement-result-table";
import { getRequestVisit } from "@/lib/visits/get-request-visit";
import { RequestVisitSection } from "@/components/visits/request-visit-section";
import { visitIdForRequest } from "@/lib/moderation/get-moderation-visit";

export const metadata: Metadata = { title: "Assessment request" };

export default async function AssessmentRequestPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ assigned?: string }> }) {
  const actor = await requireRole("SCHEME_ADMIN");
  const request = await orNotFound(getAssessmentRequest(actor, (await params).id));
  const [visit, visitId, { assigned }] = await Promise.all([getRequestVisit(actor, request.id), visitIdForRequest(actor, request.id), searchParams]);
  const { snapshot } = request;
  return (
    <>
      <Link href="/admin/requests" className="inline-block mb-4">Back to assessment requests</Link>
      <span className="text-muted text-xl block mb-1">Assessment request</span>
      <h1>{request.organisationName}</h1>
      <SummaryList
        rows={[
          { key: "Requested", value: request.requestedAt.toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/London" }) },
          { key: "Standard", value: `${snapshot.framework.title} (scoring rules version ${snapshot.framework.rulesVersion})` },
          { key: "Area", value: snapshot.organisation.area },
          { key: "Kind of service", value: snapshot.organisation.serviceType ?? "Not given" },
          { key: "Self-assessed level", value: levelLabel(request.selfAssessedLevel) },
          { key: "Evidence submitted", value: `${snapshot.evidence.length} items` },
        ]}
      />
      {assigned === "1" ? <ForgetDraft draftKey={`assign:${request.id}`} /> : null}
      <RequestVisitSection requestId={request.id} status={request.status} visit={visit} justAssigned={assigned === "1"} />
      {visitId ? (
        <p>
          <Link href={`/admin/visits/${visitId}`}>The visit&apos;s report, factual-accuracy check and award decision</Link>
        </p>
      ) : null}
      <p>{snapshot.selfAssessedResult.summary}</p>
      <SnapshotView snapshot={snapshot} />
    </>
  );
}
