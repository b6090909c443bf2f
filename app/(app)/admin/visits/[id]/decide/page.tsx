import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { orNotFound } from "@/lib/access/or-not-found";
import { formatIsoDate, todayInLondon } from "@/lib/dates";
import { getVisitForModeration } from "@/lib/moderation/get-moderation-visit";
import { DecisionForm } from "@/components/moderation/decision-form";
import { levelLabel } from "@/components/scoring/statement-result-table";
import { decideAction } from "../actions";

export const metadata: Metadata = { title: "Decide on the award" };

export default async function DecidePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("SCHEME_ADMIN");
  const today = todayInLondon();
  const visit = await orNotFound(getVisitForModeration(actor, (await params).id, { today }));
  const back = `/admin/visits/${visit.id}`;
  const report = visit.report;
  return (
    <>
      <Link href={back} className="inline-block mb-4">Back to the visit</Link>
      <span className="text-muted text-xl block mb-1">{visit.organisation.name}: visit on {formatIsoDate(visit.scheduledFor)}</span>
      <h1>Decide on the award</h1>
      {visit.blocker || !report ? (
        <p>{visit.blocker ?? "The report has not been submitted."} <Link href={back}>Go back to the visit</Link>.</p>
      ) : (
        <>
          <section aria-labelledby="verified-heading" className="border-l-8 border-brand bg-panel p-4 mb-8">
            <h2 id="verified-heading" className="mt-0 text-xl">The verified level: {levelLabel(report.verifiedLevel)}</h2>
            <p>{report.result.summary}</p>
            <ul className="list-disc pl-6 mb-0">
              {report.result.statements.map((s) => (
                <li key={s.number}>Statement {s.number}: {levelLabel(s.level)}</li>
              ))}
            </ul>
          </section>
          {visit.check && visit.check.points.length > 0 ? (
            <p>The organisation raised {visit.check.points.length === 1 ? "1 point" : `${visit.check.points.length} points`} about factual accuracy, and you have answered each. <Link href={`${back}#check-heading`}>Read them again</Link>.</p>
          ) : null}
          <DecisionForm action={decideAction.bind(null, visit.id)} computedLevel={report.verifiedLevel} today={today} organisationName={visit.organisation.name} />
        </>
      )}
    </>
  );
}
