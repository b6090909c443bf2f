import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/lib/access/or-not-found";
import { getStatementPlan } from "@/lib/improvement-plan/get-statement-plan";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { LadderPositionForm } from "@/components/improvement-plan/ladder-position-form";
import { setLadderPositionAction } from "../../form-actions";

export const metadata: Metadata = { title: "Where you are on the ladder" };

export default async function LadderPositionPage({ params }: { params: Promise<{ slug: string; number: string }> }) {
  const { slug, number } = await params;
  const { actor, organisation } = await loadOrganisationPage(slug, "plan:edit");
  const statement = await orNotFound(getStatementPlan(actor, organisation.slug, number));
  return (
    <>
      <OrganisationNav organisation={organisation} current="plan" />
      <Link href={`/organisations/${organisation.slug}/plan#statement-${statement.number}`} className="inline-block mb-4">Back to the improvement plan</Link>
      <span className="text-muted text-xl block mb-1">Statement {statement.number}</span>
      <h1>Where are you on the ladder?</h1>
      {statement.text ? <p className="text-lg">&ldquo;{statement.text}&rdquo;</p> : null}
      <p>
        Think about how people who use your service and their carers are involved in this part of your work today. The
        rungs go from the lowest (coercion) to the highest (co-production).
      </p>
      <LadderPositionForm
        action={setLadderPositionAction.bind(null, organisation.slug, statement.number)}
        statementNumber={statement.number}
        defaults={{ current: statement.position?.current ?? "", target: statement.position?.target ?? "" }}
      />
    </>
  );
}
