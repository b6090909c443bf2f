import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { isoDateToDb, todayInLondon, type IsoDate } from "@/lib/improvement-plan/dates";
import { invalid, parseStatementNumber, reachPlan } from "@/lib/improvement-plan/plan-access";
import { actionSchema } from "@/lib/improvement-plan/schemas";

/**
 * Adds an action to one statement of the organisation's plan. A new action may not be due
 * before today (in the UK). Returns the new action's id.
 */
export async function addAction(
  actor: Actor,
  organisationSlug: string,
  statementNumber: unknown,
  input: unknown,
  options: { today?: IsoDate } = {},
): Promise<string> {
  const organisation = await reachPlan(actor, organisationSlug, "plan:edit");
  const number = parseStatementNumber(statementNumber);
  const parsed = actionSchema({ notBefore: options.today ?? todayInLondon() }).safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const { description, owner, dueDate } = parsed.data;
  const created = await db().$transaction((tx) =>
    tx.improvementAction.create({
      data: { organisationId: organisation.id, statementNumber: number, description, owner, dueDate: isoDateToDb(dueDate), createdById: actor.userId },
      select: { id: true },
    }),
  );
  return created.id;
}
