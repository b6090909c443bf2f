import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/access/require-role";
import { orNotFound } from "@/lib/access/or-not-found";
import { getVisitForAssessor } from "@/lib/visit-record/get-visit";
import { describeDisagreement, readiness } from "@/lib/visit-record/readiness";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { submitReportAction } from "../actions";

export const metadata: Metadata = { title: "Check and send the report" };

/** The lead's last step: what the two assessors disagree on, what is missing, and the send button. */
export default async function SubmitReportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("ASSESSOR");
  const { id } = await params;
  const visit = await orNotFound(getVisitForAssessor(actor, id));
  // The co-assessor has no send button anywhere; the page does not exist for them.
  if (!visit.me.isLead || visit.report) notFound();
  const check = readiness(visit.snapshot, visit.records, [visit.me, visit.partner]);

  return (
    <>
      <span className="text-muted text-xl block mb-1">{visit.organisationName}: your visit</span>
      <h1>Check and send the report</h1>
      <section aria-labelledby="disagreements">
        <h2 id="disagreements">Where you and {check.coAssessor.name} differ</h2>
        {check.disagreements.length === 0 ? (
          <p>You agree on everything you have both recorded.</p>
        ) : (
          <>
            <p>To settle one, either of you can change your own record to match. Talk it through first: there is no rush.</p>
            <ul>
              {check.disagreements.map((d) => (
                <li key={d.kind === "EVIDENCE" ? d.evidenceId : d.criterionId}>
                  <Link href={`/assessor/visits/${visit.id}/statements/${d.statementNumber}`}>{describeDisagreement(d, "You", check.coAssessor.name)}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="gaps">
        <h2 id="gaps">What is still missing</h2>
        {check.gaps.length === 0 ? <p>Nothing is missing.</p> : <ul>{check.gaps.map((g) => <li key={g}>{g}</li>)}</ul>}
      </section>
      {check.ready ? (
        <>
          <p>When you send the report, your decisions become the final ones and the record can no longer be changed.</p>
          <ActionButtonForm action={submitReportAction.bind(null, visit.id)} id="send-report" label="Send the report" />
        </>
      ) : (
        <p>You can send the report when nothing is missing and you agree on everything.</p>
      )}
      <p>
        <Link href={`/assessor/visits/${visit.id}`}>Back to the visit</Link>
      </p>
    </>
  );
}
