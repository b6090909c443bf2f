"use client";
import type { UseFormRegister } from "react-hook-form";
import type { EvidenceFormInput } from "@/lib/evidence/schemas";
import type { StatementOption } from "@/lib/evidence/criteria";
import { Checkbox } from "@/components/ui/checkboxes";

type Props = { register: UseFormRegister<EvidenceFormInput>; error: string | undefined; statements: StatementOption[]; selected: readonly string[] };

/**
 * The criteria this evidence supports, one expandable group per I Statement so the long list
 * stays manageable. A group with ticked criteria starts open.
 */
export function CriteriaFields({ register, error, statements, selected }: Props) {
  if (statements.length === 0) return null;
  return (
    <section id="criterionIds" tabIndex={-1} aria-labelledby="criteria-heading" className={`mb-8 focus:outline-none ${error ? "border-l-4 border-error pl-4" : ""}`}>
      <h2 id="criteria-heading">Which criteria does it support? (optional)</h2>
      <p className="text-muted">Tick every criterion this evidence helps to show. You can change this later.</p>
      {error ? (
        <p className="text-error font-bold"><span className="sr-only">Error: </span>{error}</p>
      ) : null}
      {statements.map((statement) => {
        const ticked = statement.criteria.filter((c) => selected.includes(c.id)).length;
        return (
          <details key={statement.number} open={ticked > 0} className="mb-3 border-b border-border pb-2">
            <summary className="cursor-pointer text-lg text-link underline py-1">
              Statement {statement.number}: {statement.text}
              {ticked > 0 ? <span className="text-ink no-underline"> ({ticked} ticked)</span> : null}
            </summary>
            <fieldset className="border-0 p-0 mt-3 ml-1">
              <legend className="sr-only">Criteria of statement {statement.number}</legend>
              {statement.criteria.map((c) => (
                <Checkbox
                  key={c.id}
                  id={`criterion-${c.code}`}
                  label={<><strong>{c.code}</strong> (level {c.level}) {c.text}</>}
                  inputProps={{ value: c.id, ...register("criterionIds") }}
                />
              ))}
            </fieldset>
          </details>
        );
      })}
    </section>
  );
}
