"use client";
import { useMemo } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { CONDITION_FIELDS, conditionOutcomeSchema, type ConditionOutcomeInput } from "@/lib/awards/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Radios } from "@/components/ui/radios";
import { TextArea } from "@/components/ui/text-area";

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState>; currentLevel: number; choices: number[]; draftKey: string };

const defaults = { outcome: "", note: "", newLevel: "" } as ConditionOutcomeInput;

/** Met confirms the award; missed asks what was found and the award's new, lower level. */
export function ConditionForm({ action, currentLevel, choices, draftKey }: Props) {
  const schema = useMemo(() => conditionOutcomeSchema(currentLevel), [currentLevel]);
  const { form, state, pending, fieldErrors, formAction, onSubmit, error } = useActionForm(schema, action, defaults, { draftKey });
  const outcome = form.watch("outcome");
  const summary = summaryErrors({ fieldErrors }, CONDITION_FIELDS);
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "outcome", message: state.message });
  const levels = choices.map((level) => ({ value: String(level), label: level === 0 ? "No award: revoke it" : `Level ${level}` }));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <ErrorSummary errors={summary} />
      <Radios
        name="outcome"
        legend="Was the condition met by its deadline?"
        error={error("outcome")}
        checked={outcome}
        inputProps={form.register("outcome")}
        items={[
          { value: "MET", label: "Yes, it was met", hint: "The award is confirmed at its current level." },
          {
            value: "MISSED",
            label: "No, it was not met",
            hint: "The award's level is reduced.",
            conditional: (
              <Radios
                name="newLevel"
                legend={`What level should the award be now? It is level ${currentLevel}.`}
                error={error("newLevel")}
                items={levels}
                inputProps={form.register("newLevel")}
                legendClassName="text-base"
              />
            ),
          },
        ]}
      />
      <TextArea
        id="note"
        label={outcome === "MISSED" ? "What did you find?" : "What did you find? (optional if it was met)"}
        hint="The organisation's administrators are emailed this note."
        rows={5}
        error={error("note")}
        {...form.register("note")}
      />
      <Button type="submit" disabled={pending}>Record the decision</Button>
    </form>
  );
}
