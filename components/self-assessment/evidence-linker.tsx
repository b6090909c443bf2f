"use client";
import Link from "next/link";
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";

type Item = { id: string; title: string; evidenceDate: string; sourceLabel: string };
type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  slug: string;
  code: string;
  linked: Item[];
  available: Item[];
  linkAction: Action;
  unlinkActions: Record<string, Action>;
};

/** The evidence that supports one criterion, with controls to link more or unlink. */
export function EvidenceLinker({ slug, code, linked, available, linkAction, unlinkActions }: Props) {
  const [state, formAction, pending] = useActionState(linkAction, initialFormState);
  const selectId = `link-${code}`;
  const error = state.fieldErrors.evidenceId?.[0] ?? (state.status === "error" ? state.message : undefined);
  return (
    <div className="bg-panel p-4 mb-2">
      <h4 className="font-bold mb-2">Evidence for {code}</h4>
      {linked.length === 0 ? <p>No evidence linked yet.</p> : null}
      <ul className="list-none p-0">
        {linked.map((item) => {
          const unlink = unlinkActions[item.id];
          return (
            <li key={item.id} className="flex flex-wrap items-baseline gap-x-4 border-b border-border py-2">
              <Link href={`/organisations/${slug}/evidence/${item.id}`}>{item.title}</Link>
              <span className="text-muted">{item.sourceLabel}, {item.evidenceDate}</span>
              {unlink ? <ActionButtonForm action={unlink} id={`unlink-${code}-${item.id}`} label={`Unlink from ${code}`} variant="secondary" /> : null}
            </li>
          );
        })}
      </ul>
      {available.length > 0 ? (
        <form action={formAction} className="mt-3">
          <ErrorSummary errors={error ? [{ field: selectId, message: error }] : []} />
          <label htmlFor={selectId} className="block font-bold mb-1">Link more evidence to {code}</label>
          <div className="flex flex-wrap gap-3 items-start">
            <select id={selectId} name="evidenceId" className="border-2 border-ink p-2 bg-white max-w-full mb-4" defaultValue="" aria-invalid={error ? true : undefined}>
              <option value="">Choose evidence</option>
              {available.map((item) => (
                <option key={item.id} value={item.id}>{item.title} ({item.evidenceDate})</option>
              ))}
            </select>
            <Button type="submit" variant="secondary" disabled={pending}>Link evidence</Button>
          </div>
        </form>
      ) : (
        <p className="mb-0">
          <Link href={`/organisations/${slug}/evidence/new`}>Add evidence to your library</Link> to link it here.
        </p>
      )}
    </div>
  );
}
