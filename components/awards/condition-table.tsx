import Link from "next/link";
import type { ConditionView } from "@/lib/awards/award-view";
import { formatIsoDate } from "@/lib/dates";
import { Tag } from "@/components/ui/tag";

function ConditionStatus({ condition }: { condition: ConditionView }) {
  if (condition.status === "MET") return <Tag tone="green">Met</Tag>;
  if (condition.status === "MISSED") return <Tag tone="red">Not met</Tag>;
  return condition.overdue ? <Tag tone="yellow">Deadline passed</Tag> : <Tag tone="blue">Open</Tag>;
}

/** The award's conditions with their deadlines; the scheme team gets a link to decide open ones. */
export function ConditionTable({ conditions, decideHref }: { conditions: ConditionView[]; decideHref?: (conditionId: string) => string }) {
  if (conditions.length === 0) return <p>This award has no conditions.</p>;
  return (
    <table className="w-full border-collapse mb-8">
      <caption className="sr-only">Conditions of the award, earliest deadline first</caption>
      <thead>
        <tr className="border-b-2 border-ink text-left">
          <th scope="col" className="py-2 pr-4">Condition</th>
          <th scope="col" className="py-2 pr-4">Deadline</th>
          <th scope="col" className="py-2 pr-4">Status</th>
          <th scope="col" className="py-2">{decideHref ? "Decision" : "What the scheme team found"}</th>
        </tr>
      </thead>
      <tbody>
        {conditions.map((c) => (
          <tr key={c.id} className="border-b border-border align-top">
            <td className="py-2 pr-4">{c.description}</td>
            <td className="py-2 pr-4">{formatIsoDate(c.dueOn)}</td>
            <td className="py-2 pr-4"><ConditionStatus condition={c} /></td>
            <td className="py-2">
              {c.status === "OPEN" ? (
                decideHref ? <Link href={decideHref(c.id)}>Decide<span className="sr-only"> whether this condition was met: {c.description}</span></Link> : "Not decided yet"
              ) : (
                <>
                  {c.outcomeNote || (c.status === "MET" ? "Confirmed as met." : "")}
                  {c.resolvedOn ? <span className="block text-muted">Decided {formatIsoDate(c.resolvedOn)}</span> : null}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
