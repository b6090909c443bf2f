import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { assertPaymentsAdmin } from "@/lib/payments/access";
import { findAssignment, type Assignment } from "@/lib/payments/find-assignment";
import { minutesToDecimalHours } from "@/lib/payments/hours";
import { penceToInput } from "@/lib/payments/money";
import type { PaymentInput } from "@/lib/payments/schemas";
import { loadWeekContext, type WeekContext } from "@/lib/payments/week-context";

export type PaymentForm = {
  assignment: Assignment;
  /** What the form starts with: the saved payment, or the assessor's preferred way of being paid. */
  defaults: PaymentInput;
  recorded: boolean;
  paid: boolean;
  /** The assessor's other work that week and their limits, for the notice as the admin types. */
  week: WeekContext;
};

/** What the scheme admin's payment form for one assessor on one visit needs. */
export async function getPaymentForm(actor: Actor, visitId: string, assessorUserId: string): Promise<PaymentForm> {
  assertPaymentsAdmin(actor);
  const assignment = await findAssignment(db(), visitId, assessorUserId);
  const [payment, profile, week] = await Promise.all([
    db().visitPayment.findUnique({ where: { visitId_assessorUserId: { visitId: assignment.visitId, assessorUserId: assignment.assessorUserId } } }),
    db().assessorProfile.findUnique({ where: { userId: assignment.assessorUserId }, select: { preferredPayment: true, preferredCharity: true } }),
    loadWeekContext(db(), assignment.assessorUserId, assignment.scheduledFor, assignment.visitId),
  ]);
  const defaults: PaymentInput = payment
    ? {
        hours: minutesToDecimalHours(payment.minutesWorked),
        fee: payment.method === "DECLINED" ? "" : penceToInput(payment.feePence),
        expenses: payment.expensesPence === 0 ? "" : penceToInput(payment.expensesPence),
        method: payment.method,
        charityName: payment.charityName,
      }
    : { hours: "", fee: "", expenses: "", method: profile?.preferredPayment ?? "", charityName: profile?.preferredCharity ?? "" };
  return { assignment, defaults, recorded: payment !== null, paid: payment !== null && payment.paidAt !== null, week };
}
