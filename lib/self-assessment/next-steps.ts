// What an organisation should do next, worked out from where its self-assessment stands. Pure.
import type { ScoringResult } from "@/lib/scoring";
import type { StatementStatus } from "@/lib/self-assessment/load-self-assessment";

export type NextStep = { text: string; href: string };

type Input = {
  slug: string;
  statusByStatement: Map<number, StatementStatus>;
  result: ScoringResult;
  evidenceCount: number;
  canRequest: boolean;
  openRequest: boolean;
};

export function nextSteps({ slug, statusByStatement, result, evidenceCount, canRequest, openRequest }: Input): NextStep[] {
  const base = `/organisations/${slug}`;
  const steps: NextStep[] = [];
  if (evidenceCount === 0) steps.push({ text: "Add your first piece of evidence, such as minutes of a meeting with people who use your service", href: `${base}/evidence/new` });
  const notStarted = [...statusByStatement].filter(([, s]) => s === "NOT_STARTED").map(([n]) => n);
  const inProgress = [...statusByStatement].filter(([, s]) => s === "IN_PROGRESS").map(([n]) => n);
  if (inProgress[0] !== undefined) steps.push({ text: `Finish statement ${inProgress[0]} and mark it as ready`, href: `${base}/self-assessment/${inProgress[0]}` });
  if (notStarted[0] !== undefined) steps.push({ text: `Start statement ${notStarted[0]}`, href: `${base}/self-assessment/${notStarted[0]}` });
  const weakest = result.limitingStatements[0];
  const weakestResult = result.statements.find((s) => s.number === weakest);
  if (weakestResult?.nextLevel && weakestResult.nextLevel.missing.length > 0) {
    const count = weakestResult.nextLevel.missing.length;
    steps.push({
      text: `Statement ${weakest} holds your overall level back: ${count} ${count === 1 ? "criterion needs" : "criteria need"} work to reach level ${weakestResult.nextLevel.level}`,
      href: `${base}/self-assessment/${weakest}`,
    });
  }
  const allReady = [...statusByStatement.values()].every((s) => s === "READY");
  if (allReady && canRequest && !openRequest) steps.push({ text: "Every statement is ready: ask for an assessment", href: `${base}/self-assessment#request` });
  return steps;
}
