import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/lib/access/or-not-found";
import { formatDate, isoDateToParts } from "@/lib/improvement-plan/dates";
import { planDraftKeys } from "@/lib/improvement-plan/draft-keys";
import { getAction } from "@/lib/improvement-plan/get-action";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { ActionForm } from "@/components/improvement-plan/action-form";
import { ActionStatusButton } from "@/components/improvement-plan/action-status-button";
import { completeActionAction, reopenActionAction, updateActionAction } from "../../form-actions";

export const metadata: Metadata = { title: "Change an action" };

export default async function ChangeActionPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const { actor, organisation } = await loadOrganisationPage(slug, "plan:edit");
  const action = await orNotFound(getAction(actor, organisation.slug, id));
  const planPath = `/organisations/${organisation.slug}/plan`;
  const statusAction = (action.status === "OPEN" ? completeActionAction : reopenActionAction).bind(null, organisation.slug, action.id);
  return (
    <>
      <OrganisationNav organisation={organisation} current="plan" />
      <Link href={`${planPath}#action-${action.id}`} className="inline-block mb-4">Back to the improvement plan</Link>
      <span className="text-muted text-xl block mb-1">Statement {action.statementNumber}</span>
      <h1>Change an action</h1>
      <ActionForm
        action={updateActionAction.bind(null, organisation.slug, action.id)}
        defaults={{ description: action.description, owner: action.owner, ...dueParts(action.dueDate), version: String(action.version) }}
        draftKey={planDraftKeys.edit(action.id)}
        submitLabel="Save changes"
        saved={{ version: action.version, description: action.description, owner: action.owner, dueDate: action.dueDate, status: action.status }}
      />
      <h2>Is it done?</h2>
      <p>
        {action.status === "DONE"
          ? `This action was marked as done${action.completedOn ? ` on ${formatDate(action.completedOn)}` : ""}. Reopen it if there is more to do.`
          : "When the work is finished, mark it as done. It stays in the plan as a record of what you did."}
      </p>
      <ActionStatusButton action={statusAction} label={action.status === "OPEN" ? "Mark as done" : "Reopen"} context={action.description} />
      <h2>Delete the action</h2>
      <p>Delete it only if it was added by mistake or is no longer part of the plan.</p>
      <p>
        <Link href={`${planPath}/actions/${action.id}/delete`}>Delete this action</Link>
      </p>
    </>
  );
}

function dueParts(dueDate: string) {
  const { day, month, year } = isoDateToParts(dueDate);
  return { dueDay: day, dueMonth: month, dueYear: year };
}
