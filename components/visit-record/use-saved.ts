"use client";
import { useEffect } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { FormState } from "@/lib/actions/form-state";
import { forgetDraft } from "@/components/forms/use-form-draft";

/**
 * After a save: forget the draft and treat what is on screen as saved, so "Saved" shows until
 * the assessor changes something again. Returns whether to show "Saved".
 */
export function useSaved<T extends FieldValues, TOut extends FieldValues>(form: UseFormReturn<T, unknown, TOut>, state: FormState, draftKey: string): boolean {
  useEffect(() => {
    if (state.status !== "success") return;
    forgetDraft(draftKey);
    form.reset(form.getValues());
  }, [state, form, draftKey]);
  return state.status === "success" && !form.formState.isDirty;
}

/** The visible save status beside each small form's button. */
export function savedText(saved: boolean, pending: boolean): string {
  if (pending) return "Saving…";
  return saved ? "Saved" : "";
}
