import "server-only";
import type { Actor } from "@/lib/access/actor";
import { notFound } from "@/lib/errors";
import { todayInLondon, type IsoDate } from "@/lib/improvement-plan/dates";
import { getPlan, type PlanStatement } from "@/lib/improvement-plan/get-plan";
import { parseStatementNumber, reachPlan } from "@/lib/improvement-plan/plan-access";

/**
 * One statement of the plan, for the pages that change it (ladder position, new action).
 * NOT_FOUND unless the actor may edit the plan and the statement number is 1–6.
 */
export async function getStatementPlan(actor: Actor, organisationSlug: string, statementNumber: unknown, today: IsoDate = todayInLondon()): Promise<PlanStatement> {
  await reachPlan(actor, organisationSlug, "plan:edit");
  const number = parseStatementNumber(statementNumber);
  const statement = (await getPlan(actor, organisationSlug, today)).statements.find((s) => s.number === number);
  if (!statement) throw notFound("statement");
  return statement;
}
