import type { LinkedCriterion } from "@/lib/evidence/get-evidence";

/** The criteria an item supports, by code, grouped by I Statement. */
export function LinkedCriteria({ criteria, currentVersion }: { criteria: LinkedCriterion[]; currentVersion: number | null }) {
  if (criteria.length === 0) return <p>This evidence is not linked to any criteria yet.</p>;
  const statements = [...new Set(criteria.map((c) => c.statementNumber))].sort((a, b) => a - b);
  return (
    <>
      {statements.map((number) => (
        <div key={number}>
          <h3>Statement {number}</h3>
          <ul className="list-none p-0 mb-4">
            {criteria
              .filter((c) => c.statementNumber === number)
              .map((c) => (
                <li key={c.id} className="border-l-4 border-border pl-4 mb-3">
                  <strong>{c.code}</strong> {c.text}
                  {currentVersion !== null && c.frameworkVersion !== currentVersion ? (
                    <span className="block text-muted">From version {c.frameworkVersion} of the standard</span>
                  ) : null}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </>
  );
}
