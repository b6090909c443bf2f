import type { StatementResult } from "@/lib/scoring";
import { Tag } from "@/components/ui/tag";

export function levelLabel(level: number): string {
  return level === 0 ? "Not yet level 1" : `Level ${level}`;
}

/** One statement's criteria with met / not met and the reasons, as an accessible table. */
export function StatementResultTable({ statement }: { statement: StatementResult }) {
  return (
    <table className="w-full border-collapse mb-6">
      <caption className="text-left font-bold text-lg mb-2">
        Statement {statement.number}: {levelLabel(statement.level)}
      </caption>
      <thead>
        <tr className="border-b-2 border-ink text-left">
          <th scope="col" className="py-2 pr-4">Criterion</th>
          <th scope="col" className="py-2 pr-4">Level</th>
          <th scope="col" className="py-2 pr-4">Status</th>
          <th scope="col" className="py-2">Why</th>
        </tr>
      </thead>
      <tbody>
        {statement.criteria.map((c) => (
          <tr key={c.criterionId} className="border-b border-border align-top">
            <th scope="row" className="py-2 pr-4 text-left">{c.code}</th>
            <td className="py-2 pr-4">{c.level}</td>
            <td className="py-2 pr-4">{c.met ? <Tag tone="green">Met</Tag> : <Tag tone="red">Not met</Tag>}</td>
            <td className="py-2">
              {c.met ? (
                c.assessorObservation ? "Met: the assessors' observation counts as lived-experience evidence." : "Met."
              ) : (
                <ul className="list-none p-0 m-0">
                  {c.reasons.map((r) => (
                    <li key={r.code}>{r.message}</li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
