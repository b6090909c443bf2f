import Link from "next/link";
import type { FormState } from "@/lib/actions/form-state";
import type { PlanAction } from "@/lib/improvement-plan/action-view";
import type { PlanStatement } from "@/lib/improvement-plan/get-plan";
import { describeRung } from "@/lib/improvement-plan/ladder";
import { SummaryList } from "@/components/ui/summary-list";
import { ActionList } from "@/components/improvement-plan/action-list";
import { LadderVisual } from "@/components/improvement-plan/ladder-visual";

type Props = {
  planPath: string;
  statement: PlanStatement;
  /** Present only for people who may edit the plan. */
  statusAction?: (action: PlanAction) => (previous: FormState, formData: FormData) => Promise<FormState>;
};

/** One statement of the plan: where the organisation is on the ladder, where it aims, and its actions. */
export function StatementPlan({ planPath, statement, statusAction }: Props) {
  const { number, position } = statement;
  const editing = statusAction ? { statusAction, changeHref: (action: PlanAction) => `${planPath}/actions/${action.id}` } : undefined;
  return (
    <section aria-labelledby={`statement-${number}`} className="border-t-4 border-brand pt-4 mt-10">
      <h2 id={`statement-${number}`} className="mt-0">Statement {number}</h2>
      {statement.text ? <p className="text-lg">&ldquo;{statement.text}&rdquo;</p> : null}
      {position ? (
        <>
          <SummaryList
            rows={[
              { key: "On the ladder now", value: describeRung(position.current) },
              { key: "Aiming for", value: describeRung(position.target) },
            ]}
          />
          <LadderVisual statementNumber={number} current={position.current} target={position.target} />
        </>
      ) : (
        <p>Where this statement is on the ladder has not been set yet.</p>
      )}
      {editing ? (
        <p>
          <Link href={`${planPath}/statements/${number}`}>
            {position ? "Change" : "Set"} where you are on the ladder<span className="sr-only"> for statement {number}</span>
          </Link>
        </p>
      ) : null}
      <h3>Actions</h3>
      <ActionList statementNumber={number} actions={statement.actions} editing={editing} />
      {editing ? (
        <p>
          <Link href={`${planPath}/statements/${number}/actions/new`}>Add an action to statement {number}</Link>
        </p>
      ) : null}
    </section>
  );
}
