import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { getCurrentFramework } from "@/lib/standard/get-framework";
import { ACTION_SELECT, orderActions, toPlanAction, type PlanAction } from "@/lib/improvement-plan/action-view";
import { todayInLondon, type IsoDate } from "@/lib/improvement-plan/dates";
import type { LadderRung } from "@/lib/improvement-plan/ladder";
import { reachPlan } from "@/lib/improvement-plan/plan-access";
import { STATEMENT_NUMBERS } from "@/lib/improvement-plan/schemas";

export type LadderPositionView = { current: LadderRung; target: LadderRung };

export type PlanStatement = {
  number: number;
  /** The I Statement's words from the current standard ("" before any version is published). */
  text: string;
  position: LadderPositionView | null;
  /** Open first (soonest due first), then done. */
  actions: PlanAction[];
};

export type PlanView = { statements: PlanStatement[]; isEmpty: boolean };

/**
 * An organisation's whole improvement plan: for each of the six statements, where it is on the
 * ladder, where it wants to be, and its actions. NOT_FOUND unless the actor may view the plan.
 */
export async function getPlan(actor: Actor, organisationSlug: string, today: IsoDate = todayInLondon()): Promise<PlanView> {
  const organisation = await reachPlan(actor, organisationSlug, "plan:view");
  const [framework, positions, rows] = await Promise.all([
    getCurrentFramework(),
    db().ladderPosition.findMany({ where: { organisationId: organisation.id }, select: { statementNumber: true, current: true, target: true } }),
    db().improvementAction.findMany({ where: { organisationId: organisation.id }, select: ACTION_SELECT }),
  ]);
  const actions = orderActions(rows.map((row) => toPlanAction(row, today)));
  const statements = STATEMENT_NUMBERS.map((number) => {
    const position = positions.find((p) => p.statementNumber === number);
    return {
      number,
      text: framework?.statements.find((s) => s.number === number)?.text ?? "",
      position: position ? { current: position.current, target: position.target } : null,
      actions: actions.filter((a) => a.statementNumber === number),
    };
  });
  return { statements, isEmpty: positions.length === 0 && rows.length === 0 };
}
