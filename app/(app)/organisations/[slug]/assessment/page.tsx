import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/or-not-found";
import { formatIsoDate } from "@/lib/dates";
import { getOrganisationAssessment, type AssessmentState } from "@/lib/moderation/get-organisation-assessment";
import type { CheckView } from "@/lib/moderation/check-view";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { levelLabel } from "@/components/scoring/statement-result-table";
import { AssessmentStatus } from "@/components/moderation/assessment-status";
import { organisationNotice } from "@/components/moderation/notices";
import { PointForm } from "@/components/moderation/point-form";
import { PointsList } from "@/components/moderation/points-list";
import { ReportView } from "@/components/moderation/report-view";
import { SuccessBanner } from "@/components/ui/success-banner";
import { addPointAction, confirmNoErrorsAction, removePointAction, sendResponseAction } from "./actions";

export const metadata: Metadata = { title: "Your assessment" };

const day = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });

export default async function OrganisationAssessmentPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ done?: string | string[] }> }) {
  const [{ slug }, { done }] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const view = await orNotFound(getOrganisationAssessment(actor, slug));
  const notice = organisationNotice(done);
  const { state, organisation } = view;
  return (
    <>
      <Link href={`/organisations/${organisation.slug}`} className="inline-block mb-4">Back to {organisation.name}</Link>
      {notice ? <SuccessBanner message={notice} /> : null}
      <span className="text-muted text-xl block mb-1">{organisation.name}</span>
      <h1>Your assessment</h1>
      {state.kind === "CHECKING" ? (
        <>
          <CheckSection slug={organisation.slug} check={state.check} canRespond={view.canRespond} statements={state.report.statements} />
          <ReportView report={state.report} />
        </>
      ) : state.kind === "DECIDED" ? (
        <>
          <Outcome slug={organisation.slug} state={state} />
          {state.check ? <PastCheck check={state.check} /> : null}
          {state.report ? <ReportView report={state.report} /> : null}
        </>
      ) : (
        <AssessmentStatus state={state} slug={organisation.slug} />
      )}
    </>
  );
}

type CheckProps = { slug: string; check: CheckView; canRespond: boolean; statements: { number: number; text: string }[] };

function CheckSection({ slug, check, canRespond, statements }: CheckProps) {
  if (check.over) return <PastCheck check={check} />;
  return (
    <section aria-labelledby="check-heading" className="mb-8">
      <h2 id="check-heading">Check the report for factual errors</h2>
      <p className="text-xl">You have until {formatIsoDate(check.dueOn)} to tell us about anything in the report below that is factually wrong.</p>
      <p>
        This is a check of facts, not a chance to add new evidence: for each point, say what is wrong and what evidence existed at the time of the visit that shows it. The scheme team will answer each point before deciding on your award.
      </p>
      {!canRespond ? <p>Your organisation&apos;s administrator can point out factual errors and send your response.</p> : null}
      {check.points.length > 0 ? (
        <>
          <h2 id="points-heading">Your points ({check.points.length})</h2>
          <p>Only you can see these until you send your response.</p>
          <PointsList
            points={check.points}
            showResponses={false}
            renderActions={(point, index) =>
              canRespond ? <ActionButtonForm action={removePointAction.bind(null, slug, point.id)} id={`remove-point-${index + 1}`} label={`Remove point ${index + 1}`} variant="secondary" /> : null
            }
          />
        </>
      ) : null}
      {canRespond ? (
        <>
          <h2>{check.points.length === 0 ? "Add a point" : "Add another point"}</h2>
          {/* Keyed by the count so the form starts empty after each point is added. */}
          <PointForm key={check.points.length} action={addPointAction.bind(null, slug)} statements={statements} />
          <h2>Send your response</h2>
          {check.points.length > 0 ? (
            <>
              <p>When you send your response, your points can no longer be changed.</p>
              <ActionButtonForm action={sendResponseAction.bind(null, slug)} id="send-response" label="Send our response" />
            </>
          ) : (
            <>
              <p>If everything in the report is correct, tell us and we will go ahead with the decision.</p>
              <ActionButtonForm action={confirmNoErrorsAction.bind(null, slug)} id="no-errors" label="We have found no factual errors" />
            </>
          )}
        </>
      ) : null}
    </section>
  );
}

/** The check once it is over: read-only, with the scheme team's responses. */
function PastCheck({ check }: { check: CheckView }) {
  const how = check.respondedAt
    ? check.confirmedAccurate
      ? `On ${day(check.respondedAt)} you told us you found no factual errors.`
      : `You sent your response on ${day(check.respondedAt)}.`
    : `The time to check the report ended on ${formatIsoDate(check.dueOn)}.`;
  return (
    <section aria-labelledby="check-heading" className="mb-8">
      <h2 id="check-heading">Factual-accuracy check</h2>
      <p>{how}</p>
      {check.points.length > 0 ? <PointsList points={check.points} showResponses /> : null}
    </section>
  );
}

function Outcome({ slug, state }: { slug: string; state: Extract<AssessmentState, { kind: "DECIDED" }> }) {
  const { outcome } = state;
  return (
    <section aria-labelledby="outcome-heading" className="border-l-8 border-brand bg-panel p-4 mb-8">
      <h2 id="outcome-heading" className="mt-0">The outcome</h2>
      {outcome.kind === "AWARD" ? (
        <>
          <p className="text-2xl font-bold">Awarded: {levelLabel(outcome.level)}</p>
          <p>Issued on {day(outcome.issuedAt)}, valid until {formatIsoDate(outcome.expiresOn)}.</p>
          <p className="mb-0">
            <Link href={`/organisations/${slug}/award`}>See your award and its certificate</Link>
          </p>
        </>
      ) : (
        <>
          <p className="text-2xl font-bold">No award this time</p>
          <p className="font-bold mb-1">Why</p>
          <p className="whitespace-pre-line">{outcome.reason}</p>
          <p className="mb-0">The report below shows what is needed for level 1. You can ask for another assessment when you are ready.</p>
        </>
      )}
    </section>
  );
}
