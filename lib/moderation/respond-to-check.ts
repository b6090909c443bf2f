import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { todayInLondon, type IsoDate } from "@/lib/dates";
import { recordAudit } from "@/lib/audit/record-audit";
import { lockOpenCheck } from "@/lib/moderation/organisation-check";
import { accuracyResponseMail, queueAll } from "@/lib/moderation/emails";

type Reply = "POINTS" | "NO_ERRORS";

/**
 * The organisation's reply to the factual-accuracy check: either the points it has written, or
 * that it found no factual errors (only when it has written none, so nothing is thrown away by
 * mistake). Either ends the check. The scheme admin who sent the report is told.
 */
async function reply(actor: Actor, slug: string, kind: Reply, today: IsoDate): Promise<void> {
  await db().$transaction(async (tx) => {
    const check = await lockOpenCheck(actor, slug, tx, today);
    if (kind === "POINTS" && check.points.length === 0) throw new AppError("INVALID", "Add at least one point, or tell us you have found no factual errors.");
    if (kind === "NO_ERRORS" && check.points.length > 0) throw new AppError("INVALID", "You have added points. Send them, or remove them first if the report is correct.");
    await tx.factualAccuracyCheck.update({ where: { visitId: check.visitId }, data: { respondedAt: new Date(), respondedById: actor.userId, confirmedAccurate: kind === "NO_ERRORS" } });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: check.organisationId,
      action: "visit.accuracy_check.responded",
      entityType: "Visit",
      entityId: check.visitId,
      after: { points: check.points.length, confirmedAccurate: kind === "NO_ERRORS" },
    });
    const sender = check.sentById ? await tx.user.findUnique({ where: { id: check.sentById }, select: { email: true, name: true } }) : null;
    if (sender) await queueAll(tx, [accuracyResponseMail(sender, check.organisationName, check.visitId, check.points.length)]);
  });
}

/** "Send our response": the points written so far become final. */
export async function sendAccuracyResponse(actor: Actor, slug: string, options: { today?: IsoDate } = {}): Promise<void> {
  await reply(actor, slug, "POINTS", options.today ?? todayInLondon());
}

/** "We have found no factual errors". */
export async function confirmNoFactualErrors(actor: Actor, slug: string, options: { today?: IsoDate } = {}): Promise<void> {
  await reply(actor, slug, "NO_ERRORS", options.today ?? todayInLondon());
}
