import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { findAction, reachPlan } from "@/lib/improvement-plan/plan-access";

/**
 * Marks an action done (or open again). No version check: whatever else changed, the person is
 * saying the work itself is finished. Doing it twice changes nothing. The version still moves on,
 * so anyone editing the action from an older page is warned before they overwrite it.
 */
export async function setActionStatus(actor: Actor, organisationSlug: string, actionId: string, status: "OPEN" | "DONE", now: Date = new Date()): Promise<void> {
  const organisation = await reachPlan(actor, organisationSlug, "plan:edit");
  await db().$transaction(async (tx) => {
    const action = await findAction(tx, organisation.id, actionId);
    if (action.status === status) return;
    await tx.improvementAction.updateMany({
      where: { id: action.id, organisationId: organisation.id, status: action.status },
      data: { status, completedAt: status === "DONE" ? now : null, version: { increment: 1 } },
    });
  });
}

/** Marks an action done today. See setActionStatus. */
export function completeAction(actor: Actor, organisationSlug: string, actionId: string, now?: Date): Promise<void> {
  return setActionStatus(actor, organisationSlug, actionId, "DONE", now);
}

/** Opens a done action again, for when the work turns out not to be finished. */
export function reopenAction(actor: Actor, organisationSlug: string, actionId: string): Promise<void> {
  return setActionStatus(actor, organisationSlug, actionId, "OPEN");
}
