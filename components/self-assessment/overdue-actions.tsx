import Link from "next/link";
import type { Actor } from "@/lib/access/actor";
import { listOverdueActions } from "@/lib/improvement-plan/list-overdue-actions";
import { formatIsoDate } from "@/lib/dates";

/** Improvement actions past their due date, on the organisation's home page. */
export async function OverdueActions({ actor, slug, today }: { actor: Actor; slug: string; today: string }) {
  const overdue = await listOverdueActions(actor, slug, today);
  if (overdue.length === 0) return null;
  return (
    <section aria-labelledby="overdue-heading" className="border-4 border-error p-4 mb-8">
      <h2 id="overdue-heading" className="mt-0">Overdue improvement actions</h2>
      <ul className="list-none p-0 m-0">
        {overdue.map((action) => (
          <li key={action.id} className="mb-3">
            <strong>Statement {action.statementNumber}:</strong>{" "}
            <Link href={`/organisations/${slug}/plan#action-${action.id}`}>{action.description}</Link>
            <br />
            <span className="text-muted">
              {action.owner}, due {formatIsoDate(action.dueDate)} ({action.daysOverdue} {action.daysOverdue === 1 ? "day" : "days"} overdue)
            </span>
          </li>
        ))}
      </ul>
      <p className="mb-0">
        <Link href={`/organisations/${slug}/plan`}>Go to the improvement plan</Link>
      </p>
    </section>
  );
}
