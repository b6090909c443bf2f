"use client";
import { useActionState, useEffect, useRef } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  canRequest: boolean;
  allReady: boolean;
  request: { status: string; requestedAt: string } | null;
};

const OPEN = ["QUEUED", "ASSIGNED"];

/** Asking for an assessment: only an organisation admin, only once every statement is ready. */
export function RequestAssessment({ action, canRequest, allReady, request }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.status === "success") heading.current?.focus();
  }, [state.status]);

  if (request && OPEN.includes(request.status)) {
    const when = new Date(request.requestedAt).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
    return (
      <section id="request" aria-labelledby="request-heading" className="border-4 border-success p-4">
        <h2 id="request-heading" ref={heading} tabIndex={-1} className="mt-0 focus:outline-none">Assessment requested</h2>
        <p className="mb-0">
          You asked for an assessment on {when}. The scheme team will arrange a visit by two Experts by Experience. What you
          submitted has been saved as it was then; you can keep improving your self-assessment in the meantime.
        </p>
      </section>
    );
  }
  return (
    <section id="request" aria-labelledby="request-heading">
      <h2 id="request-heading">Ask for an assessment</h2>
      {!allReady ? <p>When every statement is marked as ready, your organisation&apos;s administrator can ask for an assessment.</p> : null}
      {allReady && !canRequest ? <p>Every statement is ready. Ask your organisation&apos;s administrator to request the assessment.</p> : null}
      {allReady && canRequest ? (
        <form action={formAction}>
          <ErrorSummary errors={state.status === "error" && state.message ? [{ field: "request-assessment", message: state.message }] : []} />
          <p>
            We will save a copy of your answers and the evidence linked to them. The assessors will see that copy, so later
            changes will not affect what they look at.
          </p>
          <Button id="request-assessment" type="submit" disabled={pending}>Ask for an assessment</Button>
        </form>
      ) : null}
    </section>
  );
}
