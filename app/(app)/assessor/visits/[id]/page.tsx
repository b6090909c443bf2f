import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { orNotFound } from "@/lib/access/or-not-found";
import { formatIsoDate } from "@/lib/dates";
import { getVisitForAssessor } from "@/lib/visit-record/get-visit";
import { progressFor } from "@/lib/visit-record/analysis";
import { SummaryList } from "@/components/ui/summary-list";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { ButtonLink } from "@/components/ui/button";
import { ProgressTable } from "@/components/visit-record/progress-table";
import { VerifiedResult } from "@/components/visit-record/verified-result";

export const metadata: Metadata = { title: "Your visit" };

export default async function VisitOverviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ submitted?: string }> }) {
  const actor = await requireRole("ASSESSOR");
  const { id } = await params;
  const { submitted } = await searchParams;
  const visit = await orNotFound(getVisitForAssessor(actor, id));
  const { snapshot, records, me, partner } = visit;

  return (
    <>
      {submitted && visit.report ? <NotificationBanner title="Report sent">Thank you. The report has been sent to the scheme team.</NotificationBanner> : null}
      <span className="text-muted text-xl block mb-1">Your visit</span>
      <h1>{visit.organisationName}</h1>
      <SummaryList
        rows={[
          { key: "Date", value: formatIsoDate(visit.scheduledFor) },
          { key: "Your role", value: me.isLead ? "Lead assessor" : "Co-assessor" },
          { key: me.isLead ? "Your co-assessor" : "Your lead assessor", value: partner.name },
        ]}
      />
      {visit.report ? (
        <VerifiedResult result={visit.report.result} />
      ) : (
        <>
          <p>Take your time. Everything saves as you go, one small part at a time, and you can come back whenever you like.</p>
          <ProgressTable
            visitId={visit.id}
            mine={progressFor(snapshot, records, me.id)}
            partner={progressFor(snapshot, records, partner.id)}
            partnerName={partner.name}
            statements={snapshot.statements}
          />
          {me.isLead ? (
            <ButtonLink href={`/assessor/visits/${visit.id}/submit`}>Check and send the report</ButtonLink>
          ) : (
            <p>{partner.name} is the lead assessor and will send the report when you have both finished.</p>
          )}
        </>
      )}
      <p>
        <Link href="/assessor">Back to your visits</Link>
      </p>
    </>
  );
}
