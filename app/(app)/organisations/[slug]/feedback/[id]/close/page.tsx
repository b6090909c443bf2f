import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound } from "@/lib/access/or-not-found";
import { formatIsoDate } from "@/lib/dates";
import { getFeedbackRound } from "@/lib/feedback/rounds/get-round";
import { RESULTS_THRESHOLD } from "@/lib/feedback/rounds/distribution";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { SummaryList } from "@/components/ui/summary-list";
import { closeFeedbackRoundAction } from "../../actions";

export const metadata: Metadata = { title: "Close the feedback round" };

export default async function CloseFeedbackRoundPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const { actor, organisation } = await loadOrganisationPage(slug, "feedback:manage");
  const round = await orNotFound(getFeedbackRound(actor, slug, id));
  if (round.phase === "CLOSED") notFound();
  const roundPath = `/organisations/${organisation.slug}/feedback/${round.id}`;
  return (
    <>
      <OrganisationNav organisation={organisation} current="feedback" />
      <h1>Are you sure you want to close this feedback round now?</h1>
      <SummaryList
        rows={[
          { key: "Dates", value: `${formatIsoDate(round.startsOn)} to ${formatIsoDate(round.endsOn)}` },
          { key: "Services", value: round.services },
          { key: "Answers so far", value: round.answers },
        ]}
      />
      <p>You cannot open it again. The link will stop taking answers straight away.</p>
      <p>If at least {RESULTS_THRESHOLD} people have answered, you will see the results and they will be added to your evidence library. With fewer, the results stay hidden for good, to protect the people who answered.</p>
      <ActionButtonForm action={closeFeedbackRoundAction.bind(null, organisation.slug, round.id)} id="close-round" label="Yes, close the round now" variant="warning" />
      <p>
        <Link href={roundPath}>No, keep it open</Link>
      </p>
    </>
  );
}
