import type { AwardSnapshot } from "@/lib/awards/award-snapshot";
import { StatementResultTable, levelLabel } from "@/components/scoring/statement-result-table";

/**
 * What the award rests on: the engine's verified result frozen at issue, statement by statement,
 * with the reasons and what is needed for the next level. Never live data.
 */
export function AwardBasis({ snapshot }: { snapshot: AwardSnapshot }) {
  const criterionText = new Map(snapshot.statements.flatMap((s) => s.criteria.map((c) => [c.id, c.text] as const)));
  const statementText = new Map(snapshot.statements.map((s) => [s.number, s.text]));
  return (
    <section aria-labelledby="award-basis">
      <h2 id="award-basis">What the award rests on</h2>
      <p>
        The verified result from the assessment visit on the day the award was issued. It does not change when your evidence or the standard changes later.
      </p>
      <p className="font-bold">{snapshot.result.summary}</p>
      {snapshot.result.statements.map((statement) => (
        <div key={statement.number} className="border-l-4 border-border pl-4 mb-8">
          <h3>
            Statement {statement.number}: {levelLabel(statement.level)}
          </h3>
          <p className="italic">{statementText.get(statement.number)}</p>
          <p>{statement.summary}</p>
          {statement.nextLevel ? (
            <>
              <p className="font-bold mb-1">What is needed for level {statement.nextLevel.level}</p>
              <ul className="list-disc pl-6">
                {statement.nextLevel.missing.map((m) => (
                  <li key={m.criterionId}>
                    {m.code}: {criterionText.get(m.criterionId) ?? ""}
                    <ul className="list-none p-0 text-muted">
                      {m.reasons.map((r) => (
                        <li key={r.code}>{r.message}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>This statement is at the highest level.</p>
          )}
          <details className="mb-2">
            <summary className="cursor-pointer text-link underline">How each criterion of statement {statement.number} was judged</summary>
            <div className="mt-2">
              <StatementResultTable statement={statement} />
            </div>
          </details>
        </div>
      ))}
    </section>
  );
}
