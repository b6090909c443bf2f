"use client";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { LADDER_RUNGS, RUNGS } from "@/lib/improvement-plan/ladder";
import { ladderPositionSchema, type LadderPositionInput } from "@/lib/improvement-plan/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Radios, type RadioItem } from "@/components/ui/radios";

const FIELDS = ["current", "target"] as const;

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
const ITEMS: RadioItem[] = LADDER_RUNGS.map((rung) => ({ value: rung, label: RUNGS[rung].label, hint: sentence(RUNGS[rung].description) }));

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  defaults: LadderPositionInput;
  statementNumber: number;
};

/** Where the organisation is on the ladder for one statement, and where it wants to be. */
export function LadderPositionForm({ action, defaults, statementNumber }: Props) {
  const { form, state, pending, fieldErrors, formAction, onSubmit, error } = useActionForm(ladderPositionSchema, action, defaults);
  const summary = summaryErrors({ fieldErrors }, FIELDS);
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "current", message: state.message });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <ErrorSummary errors={summary} />
      <Radios
        name="current"
        legend={`Where are you on the ladder today for statement ${statementNumber}?`}
        hint="Choose the rung that best describes how you work with people who use your service on this statement now. An honest answer makes a better plan."
        items={ITEMS}
        legendClassName="text-xl"
        error={error("current")}
        inputProps={form.register("current")}
      />
      <Radios
        name="target"
        legend="Where do you want to be?"
        hint="The same rung as today or a higher one. Aim for a step you can reach in the next year or two."
        items={ITEMS}
        legendClassName="text-xl"
        error={error("target")}
        inputProps={form.register("target")}
      />
      <Button type="submit" disabled={pending}>Save where you are on the ladder</Button>
    </form>
  );
}
