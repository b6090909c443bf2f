import Link from "next/link";
import type { FormState } from "@/lib/actions/form-state";
import type { DeletedEvidenceRow } from "@/lib/evidence/list-deleted-evidence";
import { formatDate } from "@/lib/evidence/dates";
import { TYPE_LABELS } from "@/lib/evidence/labels";
import { ActionButtonForm } from "@/components/forms/action-button-form";

type Props = {
  slug: string;
  items: DeletedEvidenceRow[];
  canRestore: boolean;
  restoreAction: (id: string) => (previous: FormState, formData: FormData) => Promise<FormState>;
};

/** Evidence deleted in the last 30 days, each with when it was deleted and an undo. */
export function DeletedEvidenceTable({ slug, items, canRestore, restoreAction }: Props) {
  return (
    <table className="w-full border-collapse mb-8">
      <caption className="sr-only">Evidence deleted in the last 30 days</caption>
      <thead>
        <tr className="border-b-2 border-ink text-left">
          <th scope="col" className="py-2 pr-4">Title</th>
          <th scope="col" className="py-2 pr-4">Deleted</th>
          <th scope="col" className="py-2 pr-4">Can be restored until</th>
          {canRestore ? <th scope="col" className="py-2"><span className="sr-only">Actions</span></th> : null}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} className="border-b border-border align-top">
            <td className="py-2 pr-4">
              <Link href={`/organisations/${slug}/evidence/${item.id}`}>{item.title}</Link>
              <span className="block text-muted text-base">{TYPE_LABELS[item.type]}</span>
            </td>
            <td className="py-2 pr-4">{formatDate(item.deletedAt)}{item.deletedBy ? ` by ${item.deletedBy}` : ""}</td>
            <td className="py-2 pr-4">{formatDate(item.restorableUntil)}</td>
            {canRestore ? (
              <td className="py-2 pt-3">
                <ActionButtonForm action={restoreAction(item.id)} id={`restore-${item.id}`} label={`Undo: restore ‘${item.title}’`} variant="secondary" />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
