import type { ScoringResult } from "@/lib/scoring";
import { StatementResultTable, levelLabel } from "@/components/scoring/statement-result-table";

/** The engine's verified result from the submitted report, with its reasons per statement. */
export function VerifiedResult({ result }: { result: ScoringResult }) {
  return (
    <section aria-labelledby="verified-result">
      <h2 id="verified-result">The verified level: {levelLabel(result.overallLevel)}</h2>
      <p>{result.summary}</p>
      {result.statements.map((s) => (
        <StatementResultTable key={s.number} statement={s} />
      ))}
    </section>
  );
}
