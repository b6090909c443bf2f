"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { levelsOffered } from "@/lib/moderation/level-rule";
import { conditionDateField, conditionField, DECISION_FIELDS, decisionSchema, emptyDecision, MAX_CONDITIONS, NO_AWARD, SLOTS } from "@/lib/moderation/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Radios, type RadioItem } from "@/components/ui/radios";
import { TextArea } from "@/components/ui/text-area";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** The engine's verified level: the highest level offered. The server checks it again. */
  computedLevel: number;
  today: string;
  organisationName: string;
};

type Slot = (typeof SLOTS)[number];
const PARTS = ["Day", "Month", "Year"] as const;

/**
 * The award decision: a level from the verified level down (a reason when lower) with up to five
 * conditions, or no award with a reason. Conditions are added one at a time ("add another").
 */
export function DecisionForm({ action, computedLevel, today, organisationName }: Props) {
  const schema = useMemo(() => decisionSchema({ computedLevel, today }), [computedLevel, today]);
  const defaults = useMemo(() => (computedLevel < 1 ? { ...emptyDecision, award: NO_AWARD } : emptyDecision), [computedLevel]);
  const { form, state, pending, fieldErrors, formAction, onSubmit, error } = useActionForm(schema, action, defaults);
  const { register, control, getValues, setValue } = form;
  const award = useWatch({ control, name: "award" });
  const filledSlots = SLOTS.filter((slot) => [conditionField(slot, "Description"), ...PARTS.map((p) => conditionField(slot, p))].some((f) => (state.values[f] ?? "").trim() !== "")).length;
  const [count, setCount] = useState(filledSlots);
  // After "Add a condition", keyboard and screen-reader users land in the new condition.
  const justAdded = useRef(false);
  useEffect(() => {
    if (justAdded.current && count > 0) form.setFocus(conditionField(count as Slot, "Description"));
    justAdded.current = false;
  }, [count, form]);

  const summary = summaryErrors({ fieldErrors }, DECISION_FIELDS).map((e) => (e.field.endsWith("DueOn") ? { ...e, field: `${e.field}-day` } : e));
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: computedLevel < 1 ? "noAwardReason" : "award", message: state.message });

  const removeCondition = (slot: Slot) => {
    // Later conditions move up one place, so the numbering stays 1, 2, 3 …
    for (let s = slot; s < count; s++) {
      for (const part of ["Description", ...PARTS] as const) setValue(conditionField(s as Slot, part), getValues(conditionField((s + 1) as Slot, part)));
    }
    for (const part of ["Description", ...PARTS] as const) setValue(conditionField(count as Slot, part), "");
    setCount(count - 1);
  };

  const reason = (
    <TextArea id="levelReason" label="Why are you awarding less than the verified level?" hint="The organisation will be told this reason." rows={3} error={error("levelReason")} {...register("levelReason")} />
  );
  const noAwardReason = (
    <TextArea id="noAwardReason" label="Why is no award being issued?" hint={`${organisationName} will be told this reason, with the report.`} rows={4} error={error("noAwardReason")} {...register("noAwardReason")} />
  );
  const items: RadioItem[] = [
    ...levelsOffered(computedLevel)
      .reverse()
      .map((level) => ({
        value: String(level),
        label: `Level ${level}`,
        ...(level === computedLevel ? { hint: "The verified level" } : { conditional: reason }),
      })),
    { value: NO_AWARD, label: "No award", conditional: noAwardReason },
  ];
  const awarding = award !== "" && award !== NO_AWARD;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
      <ErrorSummary errors={summary} />
      {computedLevel < 1 ? (
        <>
          <input type="hidden" name="award" value={NO_AWARD} />
          <p>The verified level is not yet level 1, so no award can be issued. Close the assessment and tell {organisationName} why.</p>
          {noAwardReason}
        </>
      ) : (
        <Radios name="award" legend="What will you award?" hint="You cannot award more than the verified level." legendClassName="text-2xl" error={error("award")} items={items} inputProps={register("award")} checked={award} />
      )}

      {awarding ? (
        <fieldset className="border-0 p-0 m-0 mb-6">
          <legend className="font-bold text-2xl mb-2">Conditions</legend>
          <p className="text-muted">Optional. Up to {MAX_CONDITIONS} things {organisationName} must do by a date to keep the award.</p>
          {SLOTS.filter((slot) => slot <= count).map((slot) => {
            const dateId = conditionDateField(slot);
            const dateError = error(dateId);
            return (
              <div key={slot} className="border-l-4 border-border pl-4 mb-6">
                <h3 className="text-xl mt-0">Condition {slot}</h3>
                <TextArea id={conditionField(slot, "Description")} label={`What must they do? (condition ${slot})`} rows={2} error={error(conditionField(slot, "Description"))} {...register(conditionField(slot, "Description"))} />
                <DateInput
                  id={dateId}
                  legend={`By when? (condition ${slot})`}
                  hint="A date in the future. For example, 30 6 2027"
                  error={dateError}
                  parts={PARTS.map((part) => ({
                    id: `${dateId}-${part.toLowerCase()}`,
                    label: part,
                    width: part === "Year" ? "w-24" : "w-16",
                    error: Boolean(dateError),
                    inputProps: { autoComplete: "off", ...register(conditionField(slot, part)) },
                  }))}
                />
                <Button type="button" variant="secondary" onClick={() => removeCondition(slot)}>Remove condition {slot}</Button>
              </div>
            );
          })}
          {count < MAX_CONDITIONS ? (
            <Button type="button" variant="secondary" onClick={() => {
                justAdded.current = true;
                setCount(count + 1);
              }}>{count === 0 ? "Add a condition" : "Add another condition"}</Button>
          ) : (
            <p>You have added the most conditions an award can have.</p>
          )}
        </fieldset>
      ) : null}

      <p>The organisation&apos;s administrators will be emailed, the visit will be closed and the assessors will no longer see it. This cannot be undone here.</p>
      <Button type="submit" disabled={pending}>{award === NO_AWARD || computedLevel < 1 ? "Close without an award" : "Issue the award"}</Button>
    </form>
  );
}
