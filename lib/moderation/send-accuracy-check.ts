import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isoDateToDb, todayInLondon, type IsoDate } from "@/lib/dates";
import { recordAudit } from "@/lib/audit/record-audit";
import { addWorkingDays } from "@/lib/working-days";
import { ACCURACY_CHECK_WORKING_DAYS } from "@/lib/moderation/award-terms";
import { lockVisitForModeration } from "@/lib/moderation/access";
import { accuracyCheckMails, organisationAdmins, queueAll } from "@/lib/moderation/emails";

/**
 * Sends the submitted report to the organisation for a factual-accuracy check: it has 10 working
 * days (England and Wales) from today to point out factual errors. The organisation's admins are
 * emailed. Refused before the report is submitted and when it has been sent already. Returns the
 * last day the organisation may reply.
 */
export async function sendForAccuracyCheck(actor: Actor, visitId: string, options: { today?: IsoDate } = {}): Promise<IsoDate> {
  const today = options.today ?? todayInLondon();
  const dueOn = addWorkingDays(today, ACCURACY_CHECK_WORKING_DAYS);
  await db().$transaction(async (tx) => {
    const visit = await lockVisitForModeration(actor, visitId, tx);
    if (visit.accuracyCheck) throw new AppError("CONFLICT", "The report has already been sent for a factual-accuracy check. Nothing has been changed.");
    if (visit.status !== "REPORT_SUBMITTED" || !visit.report) throw new AppError("CONFLICT", "The report can be sent for checking once the lead assessor has submitted it.");
    await tx.factualAccuracyCheck.create({ data: { visitId: visit.id, sentById: actor.userId, dueOn: isoDateToDb(dueOn) } });
    await recordAudit(tx, { actorUserId: actor.userId, organisationId: visit.organisationId, action: "visit.accuracy_check.sent", entityType: "Visit", entityId: visit.id, after: { dueOn } });
    await queueAll(tx, accuracyCheckMails(await organisationAdmins(tx, visit.organisationId), visit.organisation, dueOn));
  });
  return dueOn;
}
