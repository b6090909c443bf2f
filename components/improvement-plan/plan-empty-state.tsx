import Link from "next/link";
import type { PlanStatement } from "@/lib/improvement-plan/get-plan";
import { LadderExplainer } from "@/components/improvement-plan/ladder-explainer";

type Props = { planPath: string; organisationName: string; statements: PlanStatement[]; canEdit: boolean };

/** Shown before anything is in the plan: what the ladder is, and a small first step. */
export function PlanEmptyState({ planPath, organisationName, statements, canEdit }: Props) {
  return (
    <>
      {canEdit ? null : <p className="text-lg font-bold">{organisationName} has not started its improvement plan yet.</p>}
      <h2>How the plan works</h2>
      <p>
        The plan uses the ladder of co-production from Think Local Act Personal. It has seven rungs, from coercion at the
        bottom to co-production at the top. For each I Statement, you say which rung you are on today, which rung you
        want to reach, and the actions that will get you there, each with a person who owns it and a date.
      </p>
      <p>The rungs, from the bottom of the ladder to the top:</p>
      <LadderExplainer />
      {canEdit ? (
        <>
          <h2>Start with one statement</h2>
          <p>
            You do not need to plan all six statements at once. Pick the one that matters most to the people who use your
            service, or the one where you know there is most to do. Say where you are on the ladder, then add one or two actions.
          </p>
          <ul className="list-none p-0">
            {statements.map((statement) => (
              <li key={statement.number} className="mb-3">
                <Link href={`${planPath}/statements/${statement.number}`}>Start with statement {statement.number}</Link>
                {statement.text ? <span className="block text-muted">{statement.text}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
