// How payment choices read on screen. Pure, shared by the assessor's and the admin's pages.
import type { LimitMode, PaymentMethod } from "@/generated/prisma/enums";

export const PAYMENT_METHODS = ["BANK_TRANSFER", "VOUCHER", "CHARITY", "DECLINED"] as const satisfies readonly PaymentMethod[];
export const LIMIT_MODES = ["NONE", "PERMITTED_WORK", "OWN"] as const satisfies readonly LimitMode[];

/** For the assessor ("you"). */
export const METHOD_LABELS: Record<PaymentMethod, string> = {
  BANK_TRANSFER: "Bank payment",
  VOUCHER: "Voucher",
  CHARITY: "Given to a charity",
  DECLINED: "Fee declined",
};

export type PaymentStatus = "NOT_RECORDED" | "PLANNED" | "TO_PAY" | "PAID" | "NOTHING_TO_PAY";

/**
 * Where one assessor's payment for a visit stands. A payment recorded ahead of the visit is a
 * plan; once the day has come it is due. A declined fee with no expenses leaves nothing to pay.
 */
export function paymentStatus(payment: { feePence: number; expensesPence: number; paid: boolean } | null, workedOn: string, today: string): PaymentStatus {
  if (!payment) return "NOT_RECORDED";
  if (payment.paid) return "PAID";
  if (payment.feePence + payment.expensesPence === 0) return "NOTHING_TO_PAY";
  return workedOn > today ? "PLANNED" : "TO_PAY";
}

export const STATUS_TAGS: Record<PaymentStatus, { label: string; tone: "grey" | "blue" | "yellow" | "green" }> = {
  NOT_RECORDED: { label: "Not recorded", tone: "grey" },
  PLANNED: { label: "Planned", tone: "blue" },
  TO_PAY: { label: "To pay", tone: "yellow" },
  PAID: { label: "Paid", tone: "green" },
  NOTHING_TO_PAY: { label: "Nothing to pay", tone: "grey" },
};
