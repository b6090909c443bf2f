import type { Metadata } from "next";
import { can } from "@/lib/access/permissions";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { loadSelfAssessment } from "@/lib/self-assessment/load-self-assessment";
import { getLatestRequest } from "@/lib/assessment-requests/list-requests";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { SelfAssessmentTaskList } from "@/components/self-assessment/task-list";
import { RequestAssessment } from "@/components/self-assessment/request-assessment";
import { levelLabel } from "@/components/scoring/statement-result-table";
import { requestAssessmentAction } from "./actions";

export const metadata: Metadata = { title: "Self-assessment" };

export default async function SelfAssessmentOverviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { actor, organisation } = await loadOrganisationPage(slug, "assessment:view");
  const [view, request] = await Promise.all([loadSelfAssessment(actor, slug), getLatestRequest(actor, slug)]);
  const ready = view.framework.statements.filter((s) => view.statusByStatement.get(s.number) === "READY").length;
  const total = view.framework.statements.length;
  return (
    <>
      <span className="text-muted text-xl block mb-1">{organisation.name}</span>
      <h1>Self-assessment</h1>
      <OrganisationNav organisation={organisation} current="self-assessment" />
      <p>
        For each I Statement, say whether you meet each criterion, tell us how, and link your evidence. Against{" "}
        {view.framework.title}.
      </p>
      <p className="font-bold">
        {ready} of {total} statements ready. Self-assessed level: {levelLabel(view.result.overallLevel)}.
      </p>
      <SelfAssessmentTaskList slug={slug} statements={view.framework.statements} statusByStatement={view.statusByStatement} results={view.result.statements} editable={can(actor, "assessment:edit", organisation)} />
      <RequestAssessment
        action={requestAssessmentAction.bind(null, slug)}
        canRequest={can(actor, "assessment:request", organisation)}
        allReady={ready === total}
        request={request ? { status: request.status, requestedAt: request.requestedAt.toISOString() } : null}
      />
    </>
  );
}
