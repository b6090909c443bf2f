import Link from "next/link";
import type { FormState } from "@/lib/actions/form-state";
import type { PlanAction } from "@/lib/improvement-plan/action-view";
import { formatDate } from "@/lib/improvement-plan/dates";
import { Tag } from "@/components/ui/tag";
import { ActionStatusButton } from "@/components/improvement-plan/action-status-button";

type ServerAction = (previous: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  statementNumber: number;
  actions: PlanAction[];
  /** Only for people who may edit the plan: the status action and the change page of an action. */
  editing?: { statusAction: (action: PlanAction) => ServerAction; changeHref: (action: PlanAction) => string };
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** A statement's actions, in the order the plan service gives them (open, then done). */
export function ActionList({ statementNumber, actions, editing }: Props) {
  if (actions.length === 0) return <p className="text-muted">No actions for statement {statementNumber} yet.</p>;
  return (
    <ul aria-label={`Actions for statement ${statementNumber}`} className="list-none p-0 mb-6">
      {actions.map((action) => (
        <li key={action.id} id={`action-${action.id}`} className={`border-l-4 pl-4 py-1 mb-6 ${action.overdue ? "border-error" : "border-border"}`}>
          <p className="font-bold mb-1">{action.description}</p>
          <p className="mb-2">
            {action.status === "DONE" ? (
              <>
                <Tag tone="green">Done</Tag> {action.completedOn ? `on ${formatDate(action.completedOn)}` : null}
              </>
            ) : action.overdue ? (
              <>
                <Tag tone="red">Overdue</Tag> due {formatDate(action.dueDate)}, {plural(action.daysOverdue, "day")} ago
              </>
            ) : (
              <>
                <Tag tone="blue">Open</Tag> due {formatDate(action.dueDate)}
              </>
            )}
            <span className="block text-muted">Owner: {action.owner}</span>
          </p>
          {editing ? (
            <div className="flex flex-wrap items-center gap-y-2">
              <ActionStatusButton action={editing.statusAction(action)} label={action.status === "OPEN" ? "Mark as done" : "Reopen"} context={action.description} />
              <Link href={editing.changeHref(action)}>
                Change<span className="sr-only"> the action: {action.description}</span>
              </Link>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
