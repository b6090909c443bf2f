import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/lib/access/or-not-found";
import { formatDate } from "@/lib/improvement-plan/dates";
import { getAction } from "@/lib/improvement-plan/get-action";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { SummaryList } from "@/components/ui/summary-list";
import { deleteActionAction } from "../../../form-actions";

export const metadata: Metadata = { title: "Delete an action" };

export default async function DeleteActionPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const { actor, organisation } = await loadOrganisationPage(slug, "plan:edit");
  const action = await orNotFound(getAction(actor, organisation.slug, id));
  const planPath = `/organisations/${organisation.slug}/plan`;
  return (
    <>
      <OrganisationNav organisation={organisation} current="plan" />
      <span className="text-muted text-xl block mb-1">Statement {action.statementNumber}</span>
      <h1>Are you sure you want to delete this action?</h1>
      <SummaryList
        rows={[
          { key: "What", value: action.description },
          { key: "Who", value: action.owner },
          { key: "Due", value: formatDate(action.dueDate) },
          { key: "Status", value: action.status === "DONE" ? "Done" : "Open" },
        ]}
      />
      <p>You cannot undo this. If the work is finished, mark the action as done instead, so the plan keeps a record of it.</p>
      <ActionButtonForm
        action={deleteActionAction.bind(null, organisation.slug, action.id)}
        id="delete-action"
        label="Yes, delete this action"
        hidden={{ version: String(action.version) }}
        variant="warning"
      />
      <p>
        <Link href={`${planPath}/actions/${action.id}`}>No, go back to the action</Link>
      </p>
    </>
  );
}
