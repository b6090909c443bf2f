"use client";
import type { FormState } from "@/lib/actions/form-state";
import { conversationSchema, type ConversationInput } from "@/lib/visit-record/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { DraftRestoredNotice } from "@/components/forms/draft-restored-notice";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { TextArea } from "@/components/ui/text-area";
import { savedText, useSaved } from "@/components/visit-record/use-saved";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  statementNumber: number;
  defaults: ConversationInput;
  draftKey: string;
};

const COUNTS = [
  ["peopleWhoUseService", "People who use the service"],
  ["carers", "Carers, family or friends"],
  ["staff", "Staff"],
] as const;
const FIELDS = [...COUNTS.map(([name]) => name), "how", "notes"] as const;

/** Whom the assessor spoke to about one statement, how, and their notes; saved on its own. */
export function ConversationForm({ action, statementNumber, defaults, draftKey }: Props) {
  const { form, state, pending, formAction, onSubmit, restored, error } = useActionForm(conversationSchema, action, defaults, { draftKey });
  const saved = useSaved(form, state, draftKey);
  const id = (field: string) => `conversation-${statementNumber}-${field}`;
  const errors = FIELDS.flatMap((field) => (error(field) ? [{ field: id(field), message: error(field) ?? "" }] : []));
  if (state.status === "error" && state.message && errors.length === 0) errors.push({ field: id("peopleWhoUseService"), message: state.message });

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <DraftRestoredNotice show={restored} />
      <ErrorSummary errors={errors} title="There is a problem with who you spoke to" />
      <fieldset className="border-0 p-0 m-0">
        <legend className="font-bold text-lg mb-2">How many people did you speak to about this statement?</legend>
        <p className="text-muted">Leave a box empty if you spoke to nobody in that group.</p>
        <div className="flex flex-wrap gap-x-6">
          {COUNTS.map(([name, label]) => (
            <TextField key={name} id={id(name)} label={label} inputMode="numeric" className="max-w-[8rem]" error={error(name)} {...form.register(name)} />
          ))}
        </div>
      </fieldset>
      <TextField id={id("how")} label="How did you speak to them?" hint="For example: a group chat at the drop-in, a phone call, a walk round." error={error("how")} {...form.register("how")} />
      <TextArea id={id("notes")} label="Your notes" hint="Anything you want to remember. Only you and your co-assessor see these." rows={5} error={error("notes")} {...form.register("notes")} />
      <div className="flex items-center gap-4">
        <Button type="submit" variant="secondary" disabled={pending}>Save who you spoke to</Button>
        <p role="status" className="mb-4 text-success font-bold">{savedText(saved, pending)}</p>
      </div>
    </form>
  );
}
