import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AppError } from "@/lib/errors";
import { isoDateToDb } from "@/lib/improvement-plan/dates";
import { findAction, invalid, reachPlan } from "@/lib/improvement-plan/plan-access";
import { actionSchema, versionSchema } from "@/lib/improvement-plan/schemas";

export const STALE_EDIT_MESSAGE =
  "Someone else changed this action after you opened it, so we have not saved your changes. What is saved now is shown on this page and your text is still in the form: check it, then save again.";

/**
 * Changes an action's description, owner and due date. `input.version` must be the version the
 * person started from: if anyone saved the action since, nothing is written and CONFLICT is
 * thrown, so one person never silently overwrites another's work. An existing action may keep
 * a past due date (it may simply be overdue).
 */
export async function updateAction(actor: Actor, organisationSlug: string, actionId: string, input: unknown): Promise<void> {
  const organisation = await reachPlan(actor, organisationSlug, "plan:edit");
  const version = versionSchema.safeParse(input);
  if (!version.success) throw new AppError("INVALID", "This form is out of date. Open the action again and make your changes there.");
  const parsed = actionSchema().safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const { description, owner, dueDate } = parsed.data;
  await db().$transaction(async (tx) => {
    await findAction(tx, organisation.id, actionId);
    // The version check and the write are one statement, so two saves cannot both pass it.
    const { count } = await tx.improvementAction.updateMany({
      where: { id: actionId, organisationId: organisation.id, version: version.data.version },
      data: { description, owner, dueDate: isoDateToDb(dueDate), version: { increment: 1 } },
    });
    // Reported against `version`, so the form knows to show what is saved now.
    if (count === 0) throw new AppError("CONFLICT", STALE_EDIT_MESSAGE, { version: [STALE_EDIT_MESSAGE] });
  });
}
