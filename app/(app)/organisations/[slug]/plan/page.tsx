import type { Metadata } from "next";
import { orNotFound } from "@/lib/access/or-not-found";
import { can } from "@/lib/access/permissions";
import type { PlanAction } from "@/lib/improvement-plan/action-view";
import { todayInLondon } from "@/lib/improvement-plan/dates";
import { getPlan } from "@/lib/improvement-plan/get-plan";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { ForgetDraft } from "@/components/forms/forget-draft";
import { LadderExplainer } from "@/components/improvement-plan/ladder-explainer";
import { PlanEmptyState } from "@/components/improvement-plan/plan-empty-state";
import { StatementPlan } from "@/components/improvement-plan/statement-plan";
import { completeActionAction, reopenActionAction } from "./form-actions";
import { planNotice } from "./notice";

export const metadata: Metadata = { title: "Improvement plan" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PlanPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { actor, organisation } = await loadOrganisationPage(slug, "plan:view");
  const plan = await orNotFound(getPlan(actor, organisation.slug, todayInLondon()));
  const canEdit = can(actor, "plan:edit", organisation);
  const planPath = `/organisations/${organisation.slug}/plan`;
  const notice = planNotice(organisation.slug, await searchParams);
  const statusAction = canEdit
    ? (action: PlanAction) => (action.status === "OPEN" ? completeActionAction : reopenActionAction).bind(null, organisation.slug, action.id)
    : undefined;
  return (
    <>
      <OrganisationNav organisation={organisation} current="plan" />
      {notice ? (
        <NotificationBanner>
          <p className="font-bold mb-0">{notice.message}</p>
          {notice.forgetDraft ? <ForgetDraft draftKey={notice.forgetDraft} /> : null}
        </NotificationBanner>
      ) : null}
      <span className="text-muted text-xl block mb-1">{organisation.name}</span>
      <h1>Improvement plan</h1>
      <p>
        For each I Statement: where {canEdit ? "you are" : "the organisation is"} on the ladder of co-production today,
        where {canEdit ? "you want" : "it wants"} to be, and the actions that will get {canEdit ? "you" : "it"} there.
      </p>
      {plan.isEmpty ? (
        <PlanEmptyState planPath={planPath} organisationName={organisation.name} statements={plan.statements} canEdit={canEdit} />
      ) : (
        <>
          <details className="mb-6">
            <summary className="cursor-pointer text-link underline">What the rungs of the ladder mean</summary>
            <div className="border-l-4 border-border pl-4 mt-3">
              <LadderExplainer />
            </div>
          </details>
          {plan.statements.map((statement) => (
            <StatementPlan key={statement.number} planPath={planPath} statement={statement} statusAction={statusAction} />
          ))}
        </>
      )}
    </>
  );
}
