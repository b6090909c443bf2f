import type { ReactNode } from "react";

/** The GOV.UK summary list: key–value rows, with an optional action per row. */
export function SummaryList({ rows }: { rows: Array<{ key: string; value: ReactNode; action?: ReactNode }> }) {
  return (
    <dl className="mb-8 max-w-3xl">
      {rows.map((row) => (
        <div key={row.key} className="sm:flex border-b border-border py-3">
          <dt className="font-bold sm:w-1/3 pr-4">{row.key}</dt>
          <dd className="sm:flex-1">{row.value}</dd>
          {row.action ? <dd className="sm:w-1/5 sm:text-right">{row.action}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
