import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { dbDateToIso, todayInLondon, type IsoDate } from "@/lib/dates";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, lockVisitForModeration } from "@/lib/moderation/access";
import { pointResponseSchema } from "@/lib/moderation/schemas";
import { checkIsOver } from "@/lib/moderation/stages";

/**
 * The scheme admin's response to one factual-accuracy point, once the check is over (the points
 * are final then) and until the decision. Saving again replaces the response.
 */
export async function respondToPoint(actor: Actor, visitId: string, pointId: string, input: unknown, options: { today?: IsoDate } = {}): Promise<void> {
  const today = options.today ?? todayInLondon();
  await db().$transaction(async (tx) => {
    const visit = await lockVisitForModeration(actor, visitId, tx);
    const check = visit.accuracyCheck;
    const point = check?.points.find((p) => p.id === String(pointId));
    if (!check || !point) throw notFound("point");
    if (visit.status !== "REPORT_SUBMITTED") throw new AppError("CONFLICT", "A decision has been made on this visit, so responses can no longer be changed.");
    if (!checkIsOver({ dueOn: dbDateToIso(check.dueOn), responded: check.respondedAt !== null }, today)) {
      throw new AppError("CONFLICT", "The organisation is still checking the report. You can respond once it has sent its points or the deadline has passed.");
    }
    const parsed = pointResponseSchema.safeParse(input);
    if (!parsed.success) throw invalid(parsed.error);
    await tx.factualAccuracyPoint.update({ where: { id: point.id }, data: { response: parsed.data.response, respondedAt: new Date(), respondedById: actor.userId } });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: visit.organisationId,
      action: "visit.accuracy_point.responded",
      entityType: "Visit",
      entityId: visit.id,
      after: { pointId: point.id, changedResponse: point.response !== "" },
    });
  });
}
