import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { getPaymentSettings } from "@/lib/payments/payment-settings";
import { formatMinutes, minutesToDecimalHours } from "@/lib/payments/hours";
import { formatPence, penceToInput } from "@/lib/payments/money";
import { ADVICE_LINKS } from "@/lib/payments/notice-text";
import type { SettingsInput } from "@/lib/payments/schemas";
import { PaymentSettingsForm } from "@/components/payments/payment-settings-form";
import { updatePaymentSettingsAction } from "./actions";

export const metadata: Metadata = { title: "How you are paid" };

export default async function PaymentSettingsPage() {
  const actor = await requireRole("ASSESSOR");
  const s = await getPaymentSettings(actor);
  const defaults: SettingsInput = {
    preferredPayment: s.preferredPayment ?? "",
    preferredCharity: s.preferredCharity,
    limitMode: s.limitMode,
    ownHours: s.ownWeeklyMinutes === null ? "" : minutesToDecimalHours(s.ownWeeklyMinutes),
    ownEarnings: penceToInput(s.ownWeeklyEarningsPence),
  };
  const permittedWorkHint = s.permittedWork
    ? `For example, if you get Employment and Support Allowance (ESA). At the moment: under ${formatMinutes(s.permittedWork.weeklyMinutes)} a week, and earnings of up to ${formatPence(s.permittedWork.weeklyEarningsPence)} a week. The scheme team keeps these figures up to date.`
    : "For example, if you get Employment and Support Allowance (ESA). The scheme team will add the current figures.";
  return (
    <>
      <Link href="/assessor/payments" className="inline-block mb-4">Back to your payments</Link>
      <h1>How you are paid</h1>
      <p>
        Experts by Experience are paid for their time. You can be paid into your bank account or with a voucher, give your fee to a charity,
        or not take a fee. Whatever you choose, we repay your expenses.
      </p>
      <p>
        Some people&apos;s benefits depend on how much they work or earn. We cannot give advice about benefits, but independent advisers can,
        for free: <a href={ADVICE_LINKS[0].href}>{ADVICE_LINKS[0].label}</a> and <a href={ADVICE_LINKS[1].href}>{ADVICE_LINKS[1].label}</a>.
      </p>
      <PaymentSettingsForm action={updatePaymentSettingsAction} defaults={defaults} permittedWorkHint={permittedWorkHint} />
    </>
  );
}
