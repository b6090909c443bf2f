import type { StatementView } from "@/lib/standard/get-framework";
import { criteriaByLevel } from "@/lib/standard/criteria-by-level";
import { LEVEL_SUMMARIES } from "@/components/standard/level-names";

export function StatementSection({ statement, easyRead }: { statement: StatementView; easyRead: boolean }) {
  return (
    <section aria-labelledby={`statement-${statement.number}`} className="border-t-4 border-brand pt-4 mt-10">
      <h2 id={`statement-${statement.number}`} className="mt-0">
        <span className="block text-lg text-muted font-normal">I Statement {statement.number}</span>
        {statement.text}
      </h2>
      <p className="text-lg">{easyRead ? statement.easyRead : statement.explanation}</p>
      {criteriaByLevel(statement).map(({ level, criteria }) => (
        <div key={level}>
          <h3>{LEVEL_SUMMARIES[level].name}</h3>
          <ul className="list-none p-0">
            {criteria.map((criterion) => (
              <li key={criterion.id} className="border-l-4 border-border pl-4 mb-4">
                <p className="mb-1">
                  <span className="font-bold mr-2">{criterion.code}</span>
                  {easyRead ? criterion.easyRead : criterion.text}
                </p>
                {easyRead ? null : (
                  <details className="mb-2">
                    <summary className="text-link underline cursor-pointer">Guidance and examples of evidence</summary>
                    <div className="pt-2">
                      <p>{criterion.guidance}</p>
                      <p className="font-bold mb-1">Evidence could include:</p>
                      <ul className="list-disc pl-6">
                        {criterion.evidenceExamples.map((example) => (
                          <li key={example}>{example}</li>
                        ))}
                      </ul>
                    </div>
                  </details>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
