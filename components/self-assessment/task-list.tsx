import Link from "next/link";
import type { StatementStatus } from "@/lib/self-assessment/load-self-assessment";
import type { StatementResult } from "@/lib/scoring";
import { Tag } from "@/components/ui/tag";
import { levelLabel } from "@/components/scoring/statement-result-table";

const STATUS: Record<StatementStatus, { label: string; tone: "grey" | "blue" | "green" }> = {
  NOT_STARTED: { label: "Not started", tone: "grey" },
  IN_PROGRESS: { label: "In progress", tone: "blue" },
  READY: { label: "Ready", tone: "green" },
};

type Props = {
  slug: string;
  statements: Array<{ number: number; text: string }>;
  statusByStatement: Map<number, StatementStatus>;
  results: StatementResult[];
  editable: boolean;
};

/** The GOV.UK task list: one task per I Statement, with its status and self-assessed level. */
export function SelfAssessmentTaskList({ slug, statements, statusByStatement, results, editable }: Props) {
  return (
    <ol className="list-none p-0 border-t border-border mb-8">
      {statements.map((statement) => {
        const status = STATUS[statusByStatement.get(statement.number) ?? "NOT_STARTED"];
        const level = results.find((r) => r.number === statement.number)?.level ?? 0;
        return (
          <li key={statement.number} className="border-b border-border py-3 sm:flex sm:items-start sm:gap-4">
            <div className="sm:flex-1">
              {editable ? (
                <Link href={`/organisations/${slug}/self-assessment/${statement.number}`} aria-describedby={`status-${statement.number}`} className="font-bold">
                  {statement.number}. {statement.text}
                </Link>
              ) : (
                <span className="font-bold">{statement.number}. {statement.text}</span>
              )}
              <p className="text-muted mb-0">Self-assessed: {levelLabel(level)}</p>
            </div>
            <div id={`status-${statement.number}`} className="mt-2 sm:mt-0">
              <Tag tone={status.tone}>{status.label}</Tag>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
