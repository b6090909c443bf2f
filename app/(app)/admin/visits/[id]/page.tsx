import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { orNotFound } from "@/lib/access/or-not-found";
import { formatIsoDate } from "@/lib/dates";
import { getVisitForModeration, type ModerationVisit } from "@/lib/moderation/get-moderation-visit";
import { STAGES } from "@/lib/moderation/stages";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { ButtonLink } from "@/components/ui/button";
import { Tag } from "@/components/ui/tag";
import { adminNotice } from "@/components/moderation/notices";
import { OutcomeSummary } from "@/components/moderation/outcome-summary";
import { PointResponseForm } from "@/components/moderation/point-response-form";
import { PointsList } from "@/components/moderation/points-list";
import { ReportView } from "@/components/moderation/report-view";
import { SuccessBanner } from "@/components/ui/success-banner";
import { VisitHistory } from "@/components/moderation/visit-history";
import { respondToPointAction, sendForCheckAction } from "./actions";

export const metadata: Metadata = { title: "Visit report" };

const day = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });

export default async function ModerationVisitPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string | string[] }> }) {
  const actor = await requireRole("SCHEME_ADMIN");
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const visit = await orNotFound(getVisitForModeration(actor, id));
  const notice = adminNotice(done);
  const stageHeading = STAGES.find((s) => s.stage === visit.stage)?.heading ?? "";
  return (
    <>
      <Link href="/admin/visits" className="inline-block mb-4">Back to visits and awards</Link>
      {notice ? <SuccessBanner message={notice} /> : null}
      <span className="text-muted text-xl block mb-1">Assessment visit on {formatIsoDate(visit.scheduledFor)}</span>
      <h1>{visit.organisation.name}</h1>
      <p>
        <Tag tone={visit.stage === "CLOSED" ? "grey" : visit.stage === "READY_TO_DECIDE" ? "green" : "blue"}>{stageHeading.split(":")[0]}</Tag>
      </p>
      <p>
        <Link href={`/admin/requests/${visit.requestId}`}>See what the organisation submitted</Link>
      </p>
      <CheckSection visit={visit} />
      <DecisionSection visit={visit} />
      {visit.report ? <ReportView report={visit.report} /> : <p>The assessors have not submitted their report yet.</p>}
      <VisitHistory rows={visit.history} />
    </>
  );
}

function CheckSection({ visit }: { visit: ModerationVisit }) {
  const { check } = visit;
  return (
    <section aria-labelledby="check-heading" className="mb-8">
      <h2 id="check-heading">Factual-accuracy check</h2>
      {!check ? (
        visit.stage === "REPORT_RECEIVED" ? (
          <>
            <p>{visit.organisation.name} gets 10 working days to tell you about anything in the report that is factually wrong. We will email its administrators.</p>
            <ActionButtonForm action={sendForCheckAction.bind(null, visit.id)} id="send-for-check" label="Send the report for a factual-accuracy check" />
          </>
        ) : (
          <p>{visit.report ? "The report was not sent for checking." : "The report can be sent for checking once the lead assessor has submitted it."}</p>
        )
      ) : !check.over ? (
        <p>Sent on {day(check.sentAt)}. {visit.organisation.name} has until {formatIsoDate(check.dueOn)} to reply. Its points appear here when it replies or that day has passed.</p>
      ) : (
        <>
          <p>
            Sent on {day(check.sentAt)}, due by {formatIsoDate(check.dueOn)}.{" "}
            {check.respondedAt
              ? check.confirmedAccurate
                ? `On ${day(check.respondedAt)} the organisation said it found no factual errors.`
                : `The organisation replied on ${day(check.respondedAt)}.`
              : "The organisation did not reply by the deadline."}
          </p>
          {check.points.length === 0 ? (
            <p>There are no points to answer.</p>
          ) : (
            <PointsList
              points={check.points}
              showResponses={visit.status === "CLOSED"}
              renderActions={(point, index) =>
                visit.status === "REPORT_SUBMITTED" ? (
                  <PointResponseForm action={respondToPointAction.bind(null, visit.id, point.id)} id={`point-${index + 1}`} label={`Point ${index + 1}`} response={point.response} />
                ) : null
              }
            />
          )}
        </>
      )}
    </section>
  );
}

function DecisionSection({ visit }: { visit: ModerationVisit }) {
  return (
    <section aria-labelledby="decision-heading" className="mb-8">
      <h2 id="decision-heading">Decision</h2>
      {visit.outcome ? (
        <OutcomeSummary outcome={visit.outcome} />
      ) : visit.blocker ? (
        <p>{visit.blocker}</p>
      ) : (
        <ButtonLink href={`/admin/visits/${visit.id}/decide`}>Decide on the award</ButtonLink>
      )}
    </section>
  );
}
