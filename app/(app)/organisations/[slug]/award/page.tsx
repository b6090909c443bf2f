import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/lib/access/or-not-found";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { getOrganisationAward } from "@/lib/awards/get-organisation-award";
import { formatIsoDate } from "@/lib/dates";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { AwardSummary } from "@/components/awards/award-summary";
import { AwardBasis } from "@/components/awards/award-basis";
import { ConditionTable } from "@/components/awards/condition-table";
import { ReviewPanel } from "@/components/awards/review-panel";
import { EarlierAwards } from "@/components/awards/earlier-awards";
import { RenewalBanner } from "@/components/awards/renewal-banner";
import { ButtonLink } from "@/components/ui/button";
import { startRenewalAction } from "./actions";

export const metadata: Metadata = { title: "Award" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const text = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default async function AwardPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const { actor, organisation } = await loadOrganisationPage(slug, "assessment:view");
  const view = await orNotFound(getOrganisationAward(actor, slug));
  const { award } = view;
  const isMember = actor.memberships.some((m) => m.organisationId === organisation.id);
  const base = `/organisations/${organisation.slug}`;
  const done = text(query.done);

  return (
    <>
      {isMember ? <OrganisationNav organisation={organisation} current="award" /> : null}
      {done === "review" ? (
        <div role="status" className="border-4 border-success p-4 mb-6">
          <p className="font-bold mb-1">You have asked for a review</p>
          <p className="mb-0">A scheme administrator who took no part in the decision will look at it. We will email your administrators with their decision.</p>
        </div>
      ) : null}
      {done === "renewal" ? <RenewalBanner slug={organisation.slug} notCarried={text(query.notCarried)} newCriteria={text(query.newCriteria)} /> : null}
      <span className="text-muted text-xl block mb-1">{organisation.name}</span>
      <h1>Award</h1>

      {!award ? (
        <p>No award yet. An award follows an assessment visit by Experts by Experience.</p>
      ) : (
        <>
          <AwardSummary award={award} />
          <p>
            <Link href={`${base}/award/certificate`}>See and print the certificate</Link>
          </p>

          <h2>Conditions</h2>
          <p>Things your organisation must do by a deadline to keep the award. If one is missed, the award&apos;s level is reduced.</p>
          <ConditionTable conditions={award.conditions} />

          <h2>Review of the decision</h2>
          {award.review ? (
            <ReviewPanel review={award.review} />
          ) : view.reviewRefusal ? (
            <p>{view.reviewRefusal}</p>
          ) : view.canAct ? (
            <>
              <p>
                If the assessment process was not followed, you can ask once for a review until {formatIsoDate(award.reviewDueOn)}. A scheme administrator who took
                no part in the decision decides it, and the level may go down as well as up.
              </p>
              <ButtonLink href={`${base}/award/review`} variant="secondary">Ask for a review</ButtonLink>
            </>
          ) : (
            <p>Your organisation&apos;s administrators can ask for a review until {formatIsoDate(award.reviewDueOn)} if the assessment process was not followed.</p>
          )}

          <h2>Renewal</h2>
          {view.renewal.started ? (
            <p>
              Your renewal has started. <Link href={`${base}/self-assessment`}>Carry on with your self-assessment</Link> and ask for an assessment when every statement is ready.
            </p>
          ) : view.renewal.open && view.canAct ? (
            <>
              <p>
                Start your renewal to be assessed again. Your self-assessment starts as a copy of the last one, with your answers and evidence, on the current version
                of the standard. No statement is marked as ready, so check each one before you ask for an assessment.
              </p>
              <ActionButtonForm action={startRenewalAction.bind(null, organisation.slug, award.id)} id="start-renewal" label="Start your renewal" />
            </>
          ) : view.renewal.open ? (
            <p>Your organisation&apos;s administrators can start the renewal now.</p>
          ) : view.renewal.opensOn ? (
            <p>You can start your renewal from {formatIsoDate(view.renewal.opensOn)}, 90 days before the award expires.</p>
          ) : null}

          <AwardBasis snapshot={award.snapshot} />
        </>
      )}
      <EarlierAwards awards={view.earlier} />
    </>
  );
}
