import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import type { LadderRung } from "@/lib/improvement-plan/ladder";
import { reachPlan } from "@/lib/improvement-plan/plan-access";
import { STATEMENT_NUMBERS } from "@/lib/improvement-plan/schemas";

export type PlanSummaryRow = { statementNumber: number; current: LadderRung | null; target: LadderRung | null; openActions: number };

/**
 * For the organisation's home page: for each of the six statements, in order, where it is on
 * the ladder and where it wants to be (null when not set yet) and how many actions are open.
 * NOT_FOUND unless the actor may view the plan.
 */
export async function getPlanSummary(actor: Actor, organisationSlug: string): Promise<PlanSummaryRow[]> {
  const organisation = await reachPlan(actor, organisationSlug, "plan:view");
  const [positions, open] = await Promise.all([
    db().ladderPosition.findMany({ where: { organisationId: organisation.id }, select: { statementNumber: true, current: true, target: true } }),
    db().improvementAction.groupBy({ by: ["statementNumber"], where: { organisationId: organisation.id, status: "OPEN" }, _count: { _all: true } }),
  ]);
  return STATEMENT_NUMBERS.map((statementNumber) => {
    const position = positions.find((p) => p.statementNumber === statementNumber);
    return {
      statementNumber,
      current: position?.current ?? null,
      target: position?.target ?? null,
      openActions: open.find((o) => o.statementNumber === statementNumber)?._count._all ?? 0,
    };
  });
}
