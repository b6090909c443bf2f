import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { todayInLondon, type IsoDate } from "@/lib/dates";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid } from "@/lib/moderation/access";
import { lockOpenCheck } from "@/lib/moderation/organisation-check";
import { accuracyPointSchema } from "@/lib/moderation/schemas";

/** Enough for any real report; a limit so a runaway script cannot fill the table. */
export const MAX_POINTS = 50;

/**
 * The organisation's admin adds a factual-accuracy point while the check is open. Points stay
 * theirs to remove until they send their response (or the deadline passes). Returns the point's id.
 */
export async function addAccuracyPoint(actor: Actor, slug: string, input: unknown, options: { today?: IsoDate } = {}): Promise<string> {
  const today = options.today ?? todayInLondon();
  return db().$transaction(async (tx) => {
    const check = await lockOpenCheck(actor, slug, tx, today);
    const parsed = accuracyPointSchema.safeParse(input);
    if (!parsed.success) throw invalid(parsed.error);
    if (check.points.length >= MAX_POINTS) throw new AppError("CONFLICT", `You can send up to ${MAX_POINTS} points. Combine related points into one.`);
    const point = await tx.factualAccuracyPoint.create({ data: { visitId: check.visitId, ...parsed.data }, select: { id: true } });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: check.organisationId,
      action: "visit.accuracy_point.added",
      entityType: "Visit",
      entityId: check.visitId,
      after: { pointId: point.id, statementNumber: parsed.data.statementNumber },
    });
    return point.id;
  });
}

/** Removes one of the organisation's own points before the response is sent. */
export async function removeAccuracyPoint(actor: Actor, slug: string, pointId: string, options: { today?: IsoDate } = {}): Promise<void> {
  const today = options.today ?? todayInLondon();
  await db().$transaction(async (tx) => {
    const check = await lockOpenCheck(actor, slug, tx, today);
    if (!check.points.some((p) => p.id === String(pointId))) throw notFound("point");
    await tx.factualAccuracyPoint.delete({ where: { id: String(pointId) } });
    await recordAudit(tx, { actorUserId: actor.userId, organisationId: check.organisationId, action: "visit.accuracy_point.removed", entityType: "Visit", entityId: check.visitId, before: { pointId: String(pointId) } });
  });
}
