import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AppError } from "@/lib/errors";
import { findAction, reachPlan } from "@/lib/improvement-plan/plan-access";
import { versionSchema } from "@/lib/improvement-plan/schemas";

/**
 * Deletes an action for good. `input.version` must be the version the person saw when they
 * confirmed: an action someone else has just changed is not deleted unseen.
 */
export async function deleteAction(actor: Actor, organisationSlug: string, actionId: string, input: unknown): Promise<void> {
  const organisation = await reachPlan(actor, organisationSlug, "plan:edit");
  const version = versionSchema.safeParse(input);
  if (!version.success) throw new AppError("INVALID", "This form is out of date. Open the action again to delete it.");
  await db().$transaction(async (tx) => {
    await findAction(tx, organisation.id, actionId);
    const { count } = await tx.improvementAction.deleteMany({ where: { id: actionId, organisationId: organisation.id, version: version.data.version } });
    if (count === 0) {
      throw new AppError("CONFLICT", "Someone else changed this action after you opened it, so we have not deleted it. Check the action below, then delete it again if you still want to.");
    }
  });
}
