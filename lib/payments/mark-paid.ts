import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AppError, notFound } from "@/lib/errors";
import { dbDateToIso, todayInLondon, type IsoDate } from "@/lib/dates";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertPaymentsAdmin, paymentEntityId } from "@/lib/payments/access";

type Options = { today?: IsoDate; now?: Date };

async function setPaid(actor: Actor, visitId: string, assessorUserId: string, paid: boolean, options: Options): Promise<void> {
  assertPaymentsAdmin(actor);
  const now = options.now ?? new Date();
  const today = options.today ?? todayInLondon(now);
  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Visit" WHERE id = ${String(visitId)} FOR UPDATE`;
    const key = { visitId: String(visitId), assessorUserId: String(assessorUserId) };
    const payment = await tx.visitPayment.findUnique({ where: { visitId_assessorUserId: key }, select: { workedOn: true, feePence: true, expensesPence: true, paidAt: true } });
    if (!payment) throw notFound("payment");
    if (paid) {
      if (payment.paidAt) throw new AppError("CONFLICT", "This payment is already marked as paid.");
      if (dbDateToIso(payment.workedOn) > today) throw new AppError("CONFLICT", "This visit has not happened yet. You can mark the payment as paid once it has.");
      if (payment.feePence + payment.expensesPence === 0) throw new AppError("CONFLICT", "There is nothing to pay: the fee was declined and there are no expenses.");
    } else if (!payment.paidAt) {
      throw new AppError("CONFLICT", "This payment is not marked as paid.");
    }
    await tx.visitPayment.update({ where: { visitId_assessorUserId: key }, data: { paidAt: paid ? now : null } });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: null,
      action: paid ? "payment.paid" : "payment.unpaid",
      entityType: "VisitPayment",
      entityId: paymentEntityId(key.visitId, key.assessorUserId),
      before: { paid: payment.paidAt !== null },
      after: { paid },
    });
  });
}

/** Marks a payment as paid today. Only once the visit has happened, and only if there is something to pay. */
export function markPaid(actor: Actor, visitId: string, assessorUserId: string, options: Options = {}): Promise<void> {
  return setPaid(actor, visitId, assessorUserId, true, options);
}

/** Undoes "paid", so a mistake in the amounts can be corrected. */
export function markNotPaid(actor: Actor, visitId: string, assessorUserId: string, options: Options = {}): Promise<void> {
  return setPaid(actor, visitId, assessorUserId, false, options);
}
