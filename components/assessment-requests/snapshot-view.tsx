import type { AssessmentSnapshot } from "@/lib/assessment-requests/snapshot";
import { CLAIM_LABELS } from "@/lib/self-assessment/schemas";
import { SOURCE_LABELS } from "@/lib/evidence/labels";
import { levelLabel } from "@/components/scoring/statement-result-table";

/** What the organisation submitted, exactly as frozen at the moment of the request. */
export function SnapshotView({ snapshot }: { snapshot: AssessmentSnapshot }) {
  const answers = new Map(snapshot.answers.map((a) => [a.criterionId, a]));
  const results = new Map(snapshot.selfAssessedResult.statements.map((s) => [s.number, s]));
  return (
    <>
      {snapshot.statements.map((statement) => (
        <section key={statement.number} aria-labelledby={`snapshot-${statement.number}`} className="border-t-4 border-brand pt-4 mt-8">
          <h2 id={`snapshot-${statement.number}`} className="mt-0">
            {statement.number}. {statement.text}
          </h2>
          <p>Self-assessed: {levelLabel(results.get(statement.number)?.level ?? 0)}</p>
          <table className="w-full border-collapse mb-4">
            <caption className="sr-only">Answers and evidence for statement {statement.number}</caption>
            <thead>
              <tr className="border-b-2 border-ink text-left">
                <th scope="col" className="py-2 pr-4 w-20">Criterion</th>
                <th scope="col" className="py-2 pr-4 w-24">Claim</th>
                <th scope="col" className="py-2 pr-4">Their account</th>
                <th scope="col" className="py-2">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {statement.criteria.map((criterion) => {
                const answer = answers.get(criterion.id);
                const evidence = snapshot.evidence.filter((e) => e.criterionIds.includes(criterion.id));
                return (
                  <tr key={criterion.id} className="border-b border-border align-top">
                    <th scope="row" className="py-2 pr-4 text-left">{criterion.code}</th>
                    <td className="py-2 pr-4">{answer ? CLAIM_LABELS[answer.claim] : "No answer"}</td>
                    <td className="py-2 pr-4">{answer?.account || "—"}</td>
                    <td className="py-2">
                      {evidence.length === 0 ? "None" : (
                        <ul className="list-none p-0 m-0">
                          {evidence.map((e) => (
                            <li key={e.id}>{e.title} <span className="text-muted">({SOURCE_LABELS[e.source]}, {e.evidenceDate})</span></li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
