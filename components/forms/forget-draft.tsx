"use client";
import { useEffect } from "react";
import { forgetDraft } from "@/components/forms/use-form-draft";

/**
 * Drops a form's saved draft once the form has been saved, so an "add" form opened later starts
 * empty instead of offering back the text of the action that was just added.
 */
export function ForgetDraft({ draftKey }: { draftKey: string }) {
  useEffect(() => {
    forgetDraft(draftKey);
  }, [draftKey]);
  return null;
}
