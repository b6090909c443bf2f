import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import type { LadderPositionView } from "@/lib/improvement-plan/get-plan";
import { invalid, parseStatementNumber, reachPlan } from "@/lib/improvement-plan/plan-access";
import { ladderPositionSchema } from "@/lib/improvement-plan/schemas";

/**
 * Records where the organisation is on the ladder for one statement and where it wants to be.
 * The target may not be below the current rung. Replaces any earlier position.
 */
export async function setLadderPosition(actor: Actor, organisationSlug: string, statementNumber: unknown, input: unknown): Promise<LadderPositionView> {
  const organisation = await reachPlan(actor, organisationSlug, "plan:edit");
  const number = parseStatementNumber(statementNumber);
  const parsed = ladderPositionSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const { current, target } = parsed.data;
  return db().$transaction((tx) =>
    tx.ladderPosition.upsert({
      where: { organisationId_statementNumber: { organisationId: organisation.id, statementNumber: number } },
      create: { organisationId: organisation.id, statementNumber: number, current, target, updatedById: actor.userId },
      update: { current, target, updatedById: actor.userId },
      select: { current: true, target: true },
    }),
  );
}
