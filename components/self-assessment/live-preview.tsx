"use client";
import { useMemo } from "react";
import { scoreOrganisation } from "@/lib/scoring";
import { buildSelfScoringInput, type EvidenceForScoring, type FrameworkForScoring } from "@/lib/self-assessment/scoring-input";
import { useClaims } from "@/components/self-assessment/claims-context";
import { levelLabel } from "@/components/scoring/statement-result-table";

type Props = { statement: FrameworkForScoring["statements"][number]; evidence: EvidenceForScoring[]; today: string };

/** The statement's self-assessed level, worked out in the browser by the same engine as the server. */
export function LivePreview({ statement, evidence, today }: Props) {
  const { claims } = useClaims();
  const result = useMemo(() => {
    const answers = Object.entries(claims).map(([criterionId, claim]) => ({ criterionId, claim }));
    return scoreOrganisation(buildSelfScoringInput({ statements: [statement] }, answers, evidence, today)).statements[0];
  }, [claims, statement, evidence, today]);
  if (!result) return null;
  const codes = new Map(statement.criteria.map((c) => [c.id, c.code]));
  return (
    <aside aria-labelledby="preview-heading" className="border-l-8 border-brand bg-panel p-4 mb-8 sm:sticky sm:top-2">
      <h2 id="preview-heading" className="mt-0 text-xl">Your self-assessed level for this statement</h2>
      <p className="text-2xl font-bold mb-2" aria-live="polite">{levelLabel(result.level)}</p>
      {result.nextLevel ? (
        <>
          <p className="font-bold mb-1">To reach level {result.nextLevel.level}:</p>
          <ul className="list-disc pl-6 mb-0">
            {result.nextLevel.missing.map((m) => (
              <li key={m.criterionId}>
                <a href={`#criterion-${codes.get(m.criterionId) ?? m.code}`}>{m.code}</a>: {m.reasons[0]?.message ?? "not met yet"}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mb-0">This statement is at the highest level.</p>
      )}
      <p className="text-muted mt-2 mb-0">This updates as you choose answers. Save each answer to keep it.</p>
    </aside>
  );
}
