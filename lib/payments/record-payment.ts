import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AppError } from "@/lib/errors";
import { isoDateToDb } from "@/lib/dates";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertPaymentsAdmin, invalid, paymentEntityId } from "@/lib/payments/access";
import { findAssignment } from "@/lib/payments/find-assignment";
import { paymentSchema } from "@/lib/payments/schemas";

export const PAID_ALREADY = "This payment is marked as paid, so it cannot be changed. If something needs correcting, mark it as not paid first.";

/**
 * Records or changes what one assessor is paid for one visit: fee, hours, expenses and how they
 * are paid. Works ahead of the visit too (a planned amount). The visit row is locked, so two
 * admins saving at once never interleave with marking it paid. A paid payment is not changed.
 * Returns whether this created the payment.
 */
export async function recordPayment(actor: Actor, visitId: string, assessorUserId: string, input: unknown): Promise<{ created: boolean }> {
  assertPaymentsAdmin(actor);
  const parsed = paymentSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const values = parsed.data;
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Visit" WHERE id = ${String(visitId)} FOR UPDATE`;
    const assignment = await findAssignment(tx, visitId, assessorUserId);
    const key = { visitId: assignment.visitId, assessorUserId: assignment.assessorUserId };
    const before = await tx.visitPayment.findUnique({ where: { visitId_assessorUserId: key }, select: { feePence: true, minutesWorked: true, expensesPence: true, method: true, paidAt: true } });
    if (before?.paidAt) throw new AppError("CONFLICT", PAID_ALREADY);
    const data = { ...values, workedOn: isoDateToDb(assignment.scheduledFor), recordedById: actor.userId };
    await tx.visitPayment.upsert({ where: { visitId_assessorUserId: key }, create: { ...key, ...data }, update: data });
    // Amounts and the method only: the charity's name is free text and stays in its table.
    const amounts = (p: { feePence: number; minutesWorked: number; expensesPence: number; method: string }) => ({ feePence: p.feePence, minutesWorked: p.minutesWorked, expensesPence: p.expensesPence, method: p.method });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: null,
      action: before ? "payment.changed" : "payment.recorded",
      entityType: "VisitPayment",
      entityId: paymentEntityId(key.visitId, key.assessorUserId),
      ...(before ? { before: amounts(before) } : {}),
      after: amounts(values),
    });
    return { created: before === null };
  });
}
