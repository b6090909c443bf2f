"use client";
import { useEffect, useRef, useState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import type { StatusChange } from "@/lib/awards/rules";
import { CHECK_STEP, STATUS_CHANGE_FIELDS, statusChangeSchema, type StatusChangeInput } from "@/lib/awards/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SummaryList } from "@/components/ui/summary-list";
import { TextArea } from "@/components/ui/text-area";

const WORDS: Record<StatusChange, { verb: string; effect: string; reasonHint: string }> = {
  suspend: {
    verb: "Suspend",
    effect: "Anyone who checks the certificate is told the award is suspended, until you reinstate it.",
    reasonHint: "For example, a safeguarding concern is being looked into. The organisation's administrators are emailed this reason.",
  },
  reinstate: {
    verb: "Reinstate",
    effect: "The award is current again until it expires, and the certificate checks as current.",
    reasonHint: "For example, what has been put right. The organisation's administrators are emailed this reason.",
  },
  revoke: {
    verb: "Revoke",
    effect: "Revoking is final: the award can never be reinstated, and anyone who checks the certificate is told it was revoked.",
    reasonHint: "The organisation's administrators are emailed this reason, and it stays on the award's record.",
  },
};

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  change: StatusChange;
  organisationName: string;
  level: number;
};

const defaults: StatusChangeInput = { reason: "" };

/**
 * Two steps, because the change is public: the reason, then a check of what will happen with a
 * way to change the answer, and only then the change itself.
 */
export function StatusChangeForm({ action, change, organisationName, level }: Props) {
  const { form, state, pending, fieldErrors, formAction, onSubmit, error } = useActionForm(statusChangeSchema, action, defaults);
  // The check step belongs to one answer: "Change" dismisses it until the form is sent again.
  const [dismissed, setDismissed] = useState<FormState | null>(null);
  const checking = state.status === "success" && state.message === CHECK_STEP && state !== dismissed;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (checking) heading.current?.focus();
  }, [checking]);
  const words = WORDS[change];
  const title = `${words.verb} the level ${level} award for ${organisationName}`;

  if (checking) {
    const reason = state.values.reason ?? "";
    return (
      <>
        <h1 ref={heading} tabIndex={-1} className="focus:outline-none">Check before you {words.verb.toLowerCase()} the award</h1>
        <SummaryList
          rows={[
            { key: "Award", value: `Level ${level}, ${organisationName}` },
            { key: "What will happen", value: words.effect },
            {
              key: "Reason",
              value: <span className="whitespace-pre-line">{reason}</span>,
              action: (
                <button type="button" className="text-link underline cursor-pointer" onClick={() => setDismissed(state)}>
                  Change<span className="sr-only"> the reason</span>
                </button>
              ),
            },
          ]}
        />
        <p>We will email the organisation&apos;s administrators.</p>
        <form action={formAction}>
          <input type="hidden" name="reason" value={reason} />
          <input type="hidden" name="confirm" value="yes" />
          <Button type="submit" variant={change === "reinstate" ? "primary" : "warning"} disabled={pending}>
            {words.verb} the award
          </Button>
        </form>
      </>
    );
  }

  const summary = summaryErrors({ fieldErrors }, STATUS_CHANGE_FIELDS);
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "reason", message: state.message });
  return (
    <>
      <h1>{title}</h1>
      <p>{words.effect}</p>
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
        <ErrorSummary errors={summary} />
        <TextArea id="reason" label={`Why are you going to ${words.verb.toLowerCase()} the award?`} hint={words.reasonHint} rows={6} error={error("reason")} {...form.register("reason")} />
        <Button type="submit" disabled={pending}>Continue</Button>
      </form>
    </>
  );
}
