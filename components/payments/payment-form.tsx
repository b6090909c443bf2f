"use client";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { PAYMENT_FIELDS, paymentSchema, type PaymentInput } from "@/lib/payments/schemas";
import { parseAmount } from "@/lib/payments/money";
import { parseHours } from "@/lib/payments/hours";
import { earningsPence } from "@/lib/payments/totals";
import { weekSentences } from "@/lib/payments/notice-text";
import type { WeekLimits } from "@/lib/payments/limits";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { Radios } from "@/components/ui/radios";
import { LimitsNotice } from "@/components/payments/limits-notice";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  defaults: PaymentInput;
  assessorName: string;
  /** The assessor's other work in this visit's week, and the limits they asked us to watch. */
  week: { others: { minutes: number; earningsPence: number }; limits: WeekLimits | null };
};

/**
 * The scheme admin records one assessor's payment for one visit. As they type, a notice says if
 * saving would take the assessor to the limits they asked us to watch; saving is still allowed.
 */
export function PaymentForm({ action, defaults, assessorName, week }: Props) {
  const { form, state, pending, fieldErrors, formAction, onSubmit, error } = useActionForm(paymentSchema, action, defaults);
  const { register } = form;
  const summary = summaryErrors({ fieldErrors }, PAYMENT_FIELDS);
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "hours", message: state.message });

  const [hours, fee, method] = [form.watch("hours") ?? "", form.watch("fee") ?? "", form.watch("method") ?? ""];
  const minutes = parseHours(hours, "Hours");
  const pence = method === "DECLINED" ? { ok: true as const, pence: 0 } : parseAmount(fee, "Fee");
  const thisVisit = {
    minutes: minutes.ok ? minutes.minutes : 0,
    earningsPence: pence.ok ? earningsPence({ feePence: pence.pence, method: method === "DECLINED" ? "DECLINED" : "BANK_TRANSFER" }) : 0,
  };
  const sentences = weekSentences({ minutes: week.others.minutes + thisVisit.minutes, earningsPence: week.others.earningsPence + thisVisit.earningsPence }, week.limits, assessorName, true);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <ErrorSummary errors={summary} />
      <TextField id="hours" label="Hours worked" hint="For example, 6 or 5.5" inputMode="decimal" autoComplete="off" className="max-w-40!" error={error("hours")} {...register("hours")} />
      <TextField id="fee" label="Fee, in pounds" hint="For example, 120 or 120.50. If they decline the fee, it is recorded as £0." inputMode="decimal" autoComplete="off" className="max-w-40!" error={error("fee")} {...register("fee")} />
      <TextField id="expenses" label="Expenses to repay, in pounds (optional)" hint="Travel, meals and other costs. Repaid expenses are kept apart from the fee: they are not earnings." inputMode="decimal" autoComplete="off" className="max-w-40!" error={error("expenses")} {...register("expenses")} />
      <Radios
        name="method"
        legend="How will they be paid?"
        hint={`${assessorName}'s usual choice is selected, if they have told us one.`}
        error={error("method")}
        checked={method}
        inputProps={register("method")}
        items={[
          { value: "BANK_TRANSFER", label: "Bank payment" },
          { value: "VOUCHER", label: "Voucher" },
          { value: "CHARITY", label: "Fee given to a charity", conditional: <TextField id="charityName" label="Which charity?" autoComplete="off" error={error("charityName")} {...register("charityName")} /> },
          { value: "DECLINED", label: "Fee declined", hint: "The fee is recorded as £0. Their expenses are still repaid." },
        ]}
      />
      <div aria-live="polite">
        <LimitsNotice id="limits-preview" title="About the limits they asked us to watch" sentences={sentences} footer="You can still save it: how much to work is their choice." />
      </div>
      <Button type="submit" disabled={pending}>Save payment</Button>
    </form>
  );
}
