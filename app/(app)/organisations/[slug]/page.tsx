import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/or-not-found";
import { can } from "@/lib/access/permissions";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { loadSelfAssessment } from "@/lib/self-assessment/load-self-assessment";
import { nextSteps } from "@/lib/self-assessment/next-steps";
import { getLatestRequest } from "@/lib/assessment-requests/list-requests";
import { getAwardHeadline } from "@/lib/awards/get-organisation-award";
import { hasAssessmentToShow } from "@/lib/moderation/get-organisation-assessment";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { SelfAssessmentTaskList } from "@/components/self-assessment/task-list";
import { LevelChart } from "@/components/self-assessment/level-chart";
import { OverdueActions } from "@/components/self-assessment/overdue-actions";
import { levelLabel } from "@/components/scoring/statement-result-table";
import { SummaryList } from "@/components/ui/summary-list";

export const metadata: Metadata = { title: "Organisation" };

export default async function OrganisationHome({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requireActor();
  const organisation = await orNotFound(getOrganisation(actor, slug));
  const seesAssessment = can(actor, "assessment:view", organisation);
  const canEdit = can(actor, "organisation:edit", organisation);

  const details = (
    <>
      <h2>Organisation details</h2>
      <SummaryList
        rows={[
          { key: "Kind of service", value: organisation.serviceType ?? "Not given" },
          { key: "Area", value: organisation.area },
          { key: "Contact", value: organisation.contactName ?? "Not given" },
          { key: "Contact email", value: organisation.contactEmail ?? "Not given" },
          { key: "Contact phone", value: organisation.contactPhone ?? "Not given" },
        ]}
      />
      {canEdit ? (
        <p>
          <Link href={`/organisations/${organisation.slug}/details`}>Change the organisation&apos;s details</Link>
        </p>
      ) : null}
    </>
  );

  if (!seesAssessment) {
    return (
      <>
        <span className="text-muted text-xl block mb-1">{organisation.area}</span>
        <h1>{organisation.name}</h1>
        {details}
      </>
    );
  }

  const [view, request, showAssessment, award] = await Promise.all([
    loadSelfAssessment(actor, slug),
    getLatestRequest(actor, slug),
    hasAssessmentToShow(actor, slug),
    getAwardHeadline(actor, slug),
  ]);
  const openRequest = request !== null && (request.status === "QUEUED" || request.status === "ASSIGNED");
  const steps = nextSteps({
    slug,
    statusByStatement: view.statusByStatement,
    result: view.result,
    evidenceCount: view.evidence.length,
    canRequest: can(actor, "assessment:request", organisation),
    openRequest,
  });
  const isMember = actor.memberships.some((m) => m.organisationId === organisation.id);

  return (
    <>
      <span className="text-muted text-xl block mb-1">{organisation.area}</span>
      <h1>{organisation.name}</h1>
      {isMember ? <OrganisationNav organisation={organisation} current="home" /> : null}

      <div className="grid gap-4 sm:grid-cols-2 mb-8">
        <div className="border-l-8 border-brand bg-panel p-4">
          <h2 className="mt-0 text-xl">Award</h2>
          {award ? (
            <p className="mb-0">
              {levelLabel(award.level)}, {award.standing.label.toLowerCase()}. <Link href={`/organisations/${organisation.slug}/award`}>See the award</Link>
            </p>
          ) : (
            <p className="mb-0">No award yet. {openRequest ? "Your assessment has been requested." : "An award follows an assessment visit by Experts by Experience."}</p>
          )}
        </div>
        <div className="border-l-8 border-brand bg-panel p-4">
          <h2 className="mt-0 text-xl">Self-assessed level</h2>
          <p className="text-2xl font-bold mb-1">{levelLabel(view.result.overallLevel)}</p>
          <p className="mb-0">{view.result.summary}</p>
        </div>
      </div>
      {showAssessment ? (
        <p>
          <Link href={`/organisations/${slug}/assessment`}>Your assessment</Link>: the visit, the assessors&apos; report and its outcome.
        </p>
      ) : null}

      {steps.length > 0 ? (
        <>
          <h2>What to do next</h2>
          <ul className="list-disc pl-6">
            {steps.map((step) => (
              <li key={step.href + step.text}>
                <Link href={step.href}>{step.text}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {isMember ? <OverdueActions actor={actor} slug={slug} today={view.today} /> : null}

      <h2>Self-assessment</h2>
      <SelfAssessmentTaskList
        slug={slug}
        statements={view.framework.statements}
        statusByStatement={view.statusByStatement}
        results={view.result.statements}
        editable={can(actor, "assessment:edit", organisation)}
      />
      <LevelChart results={view.result.statements} />
      {details}
    </>
  );
}
