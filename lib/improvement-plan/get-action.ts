import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { toPlanAction, type PlanAction } from "@/lib/improvement-plan/action-view";
import { todayInLondon, type IsoDate } from "@/lib/improvement-plan/dates";
import { findAction, reachPlan } from "@/lib/improvement-plan/plan-access";

/**
 * One action, for the pages that change or delete it. NOT_FOUND unless the actor may edit the
 * organisation's plan and the action belongs to that organisation.
 */
export async function getAction(actor: Actor, organisationSlug: string, actionId: string, today: IsoDate = todayInLondon()): Promise<PlanAction> {
  const organisation = await reachPlan(actor, organisationSlug, "plan:edit");
  return toPlanAction(await findAction(db(), organisation.id, actionId), today);
}
