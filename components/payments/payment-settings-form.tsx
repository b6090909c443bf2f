"use client";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { SETTINGS_FIELDS, settingsSchema, type SettingsInput } from "@/lib/payments/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { Radios } from "@/components/ui/radios";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  defaults: SettingsInput;
  /** "Under 16 hours and up to £195.50 a week", or null before the scheme sets any figures. */
  permittedWorkHint: string;
};

/** The assessor's own choices: how they like to be paid, and which weekly limits to watch. */
export function PaymentSettingsForm({ action, defaults, permittedWorkHint }: Props) {
  const { form, state, pending, fieldErrors, formAction, onSubmit, error } = useActionForm(settingsSchema, action, defaults);
  const { register } = form;
  const summary = summaryErrors({ fieldErrors }, SETTINGS_FIELDS);
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "preferredPayment", message: state.message });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <ErrorSummary errors={summary} />
      <Radios
        name="preferredPayment"
        legend={<h2 className="text-2xl m-0">How would you like to be paid?</h2>}
        legendClassName=""
        hint="We will use this for each visit unless you tell us otherwise. You can change it at any time."
        error={error("preferredPayment")}
        checked={form.watch("preferredPayment")}
        inputProps={register("preferredPayment")}
        items={[
          { value: "BANK_TRANSFER", label: "Into my bank account" },
          { value: "VOUCHER", label: "With a voucher" },
          {
            value: "CHARITY",
            label: "Give my fee to a charity",
            conditional: <TextField id="preferredCharity" label="Which charity?" autoComplete="off" error={error("preferredCharity")} {...register("preferredCharity")} />,
          },
          { value: "DECLINED", label: "I do not want a fee", hint: "We will still repay your expenses." },
        ]}
      />
      <Radios
        name="limitMode"
        legend={<h2 className="text-2xl m-0">Would you like a notice about weekly limits?</h2>}
        legendClassName=""
        hint="If you have limits on how much you can work or earn in a week, we can let you know when a visit would take you to them. Only you and the scheme team who arrange payments see this."
        error={error("limitMode")}
        checked={form.watch("limitMode")}
        inputProps={register("limitMode")}
        items={[
          { value: "NONE", label: "No, thank you" },
          { value: "PERMITTED_WORK", label: "Yes, the permitted-work limits", hint: permittedWorkHint },
          {
            value: "OWN",
            label: "Yes, limits I choose",
            conditional: (
              <>
                <TextField id="ownHours" label="Hours in a week" hint="We will let you know when a week reaches this many hours. For example, 12 or 7.5" inputMode="decimal" autoComplete="off" className="max-w-40!" error={error("ownHours")} {...register("ownHours")} />
                <TextField id="ownEarnings" label="Earnings in a week, in pounds" hint="We will let you know when a week's earnings go over this. For example, 150 or 150.50" inputMode="decimal" autoComplete="off" className="max-w-40!" error={error("ownEarnings")} {...register("ownEarnings")} />
              </>
            ),
          },
        ]}
      />
      <Button type="submit" disabled={pending}>Save your choices</Button>
    </form>
  );
}
