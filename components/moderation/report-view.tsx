import type { ReportStatement, ReportView } from "@/lib/moderation/report-view";
import type { StatementResult } from "@/lib/scoring";
import { formatIsoDate } from "@/lib/dates";
import { SOURCE_LABELS } from "@/lib/evidence/labels";
import { VerifiedResult } from "@/components/visit-record/verified-result";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";

/** The assessors' submitted report: the engine's verified levels with their reasons, then what the assessors decided and saw. */
export function ReportView({ report }: { report: ReportView }) {
  const lead = report.assessors.find((a) => a.isLead)?.name ?? "Not recorded";
  const co = report.assessors.find((a) => !a.isLead)?.name ?? "Not recorded";
  const results = new Map(report.result.statements.map((s) => [s.number, s]));
  return (
    <section aria-labelledby="report-heading" className="mt-8">
      <h2 id="report-heading" className="text-3xl">The assessors&apos; report</h2>
      <SummaryList
        rows={[
          { key: "Visit date", value: formatIsoDate(report.visitDate) },
          { key: "Lead assessor", value: lead },
          { key: "Co-assessor", value: co },
          { key: "Report submitted", value: report.submittedAt.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" }) },
        ]}
      />
      <VerifiedResult result={report.result} />
      <h2>What the assessors recorded</h2>
      {report.statements.map((statement) => (
        <StatementRecord key={statement.number} statement={statement} result={results.get(statement.number)} />
      ))}
    </section>
  );
}

function StatementRecord({ statement, result }: { statement: ReportStatement; result: StatementResult | undefined }) {
  const id = `report-statement-${statement.number}`;
  return (
    <section aria-labelledby={id} className="border-t-4 border-brand pt-4 mt-8">
      <h3 id={id} className="mt-0 text-xl">Statement {statement.number}: {statement.text}</h3>
      {result?.nextLevel && result.nextLevel.missing.length > 0 ? (
        <>
          <p className="font-bold mb-1">What is needed for level {result.nextLevel.level}:</p>
          <ul className="list-disc pl-6">
            {result.nextLevel.missing.map((m) => (
              <li key={m.criterionId}>{m.code}: {m.reasons[0]?.message ?? "not met yet"}</li>
            ))}
          </ul>
        </>
      ) : null}
      <table className="w-full border-collapse mb-6">
        <caption className="text-left font-bold mb-2">Criteria for statement {statement.number}: the assessors&apos; ratings</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="py-2 pr-4 w-20">Criterion</th>
            <th scope="col" className="py-2 pr-4 w-28">Rating</th>
            <th scope="col" className="py-2">What they saw or heard</th>
          </tr>
        </thead>
        <tbody>
          {statement.ratings.map((r) => (
            <tr key={r.criterionId} className="border-b border-border align-top">
              <th scope="row" className="py-2 pr-4 text-left">{r.code}<span className="sr-only">: {r.text}</span></th>
              <td className="py-2 pr-4">{r.rating === "MET" ? <Tag tone="green">Met</Tag> : r.rating === "NOT_MET" ? <Tag tone="red">Not met</Tag> : "Not rated"}</td>
              <td className="py-2 whitespace-pre-line">{r.observation || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {statement.evidence.length === 0 ? (
        <p>No evidence was linked to this statement.</p>
      ) : (
        <table className="w-full border-collapse mb-6">
          <caption className="text-left font-bold mb-2">Evidence for statement {statement.number}: the assessors&apos; decisions</caption>
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="py-2 pr-4">Evidence</th>
              <th scope="col" className="py-2 pr-4 w-36">Decision</th>
              <th scope="col" className="py-2">Why not accepted</th>
            </tr>
          </thead>
          <tbody>
            {statement.evidence.map((e) => (
              <tr key={e.id} className="border-b border-border align-top">
                <th scope="row" className="py-2 pr-4 text-left font-normal">
                  {e.title} <span className="text-muted">({SOURCE_LABELS[e.source]}, {formatIsoDate(e.evidenceDate)})</span>
                </th>
                <td className="py-2 pr-4">{e.decision === "ACCEPTED" ? <Tag tone="green">Accepted</Tag> : e.decision === "REJECTED" ? <Tag tone="red">Not accepted</Tag> : "Not decided"}</td>
                <td className="py-2 whitespace-pre-line">{e.decision === "REJECTED" ? e.reason : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4 className="text-lg font-bold">Who the assessors spoke to</h4>
      {statement.conversations.length === 0 ? (
        <p>Nothing was recorded for this statement.</p>
      ) : (
        <ul className="list-disc pl-6">
          {statement.conversations.map((c) => (
            <li key={c.assessorName}>
              {c.assessorName}: {plural(c.peopleWhoUseService, "person who uses the service", "people who use the service")}, {plural(c.carers, "carer", "carers")}, {plural(c.staff, "member of staff", "members of staff")}
              {c.how ? `. How: ${c.how}` : ""}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
