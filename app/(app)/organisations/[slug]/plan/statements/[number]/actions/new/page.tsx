import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/lib/access/or-not-found";
import { todayInLondon } from "@/lib/improvement-plan/dates";
import { planDraftKeys } from "@/lib/improvement-plan/draft-keys";
import { getStatementPlan } from "@/lib/improvement-plan/get-statement-plan";
import { RUNGS } from "@/lib/improvement-plan/ladder";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { ActionForm } from "@/components/improvement-plan/action-form";
import { addActionAction } from "../../../../form-actions";

export const metadata: Metadata = { title: "Add an action" };

export default async function NewActionPage({ params }: { params: Promise<{ slug: string; number: string }> }) {
  const { slug, number } = await params;
  const { actor, organisation } = await loadOrganisationPage(slug, "plan:edit");
  const today = todayInLondon();
  const statement = await orNotFound(getStatementPlan(actor, organisation.slug, number, today));
  const position = statement.position;
  return (
    <>
      <OrganisationNav organisation={organisation} current="plan" />
      <Link href={`/organisations/${organisation.slug}/plan#statement-${statement.number}`} className="inline-block mb-4">Back to the improvement plan</Link>
      <span className="text-muted text-xl block mb-1">Statement {statement.number}</span>
      <h1>Add an action to statement {statement.number}</h1>
      {statement.text ? <p className="text-lg">&ldquo;{statement.text}&rdquo;</p> : null}
      {position ? (
        <p>
          You are at <strong>{RUNGS[position.current].label}</strong> and aiming for <strong>{RUNGS[position.target].label}</strong>.
          What is one step that would move you up?
        </p>
      ) : null}
      <ActionForm
        action={addActionAction.bind(null, organisation.slug, statement.number)}
        defaults={{ description: "", owner: "", dueDay: "", dueMonth: "", dueYear: "" }}
        draftKey={planDraftKeys.add(organisation.slug, statement.number)}
        notBefore={today}
        submitLabel="Add action"
      />
    </>
  );
}
