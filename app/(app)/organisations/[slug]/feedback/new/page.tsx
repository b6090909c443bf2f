import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/lib/access/or-not-found";
import { todayInLondon } from "@/lib/dates";
import { listFeedbackRounds } from "@/lib/feedback/rounds/list-rounds";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { OpenRoundForm } from "@/components/feedback-rounds/open-round-form";
import { openFeedbackRoundAction } from "../actions";

export const metadata: Metadata = { title: "Open a feedback round" };

export default async function NewFeedbackRoundPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { actor, organisation } = await loadOrganisationPage(slug, "feedback:manage");
  const { blocker } = await orNotFound(listFeedbackRounds(actor, slug));
  const base = `/organisations/${organisation.slug}/feedback`;
  return (
    <>
      <OrganisationNav organisation={organisation} current="feedback" />
      <p><Link href={base}>Back to feedback rounds</Link></p>
      <h1>Open a feedback round</h1>
      {blocker ? (
        <>
          <p className="text-xl">You cannot open a new round at the moment.</p>
          <p>{blocker}</p>
        </>
      ) : (
        <>
          <p>
            You will get a short web link and a poster with a QR code to print. While the round is open, anyone with the link can answer, once from each phone or computer. Nobody is asked their name.
          </p>
          <OpenRoundForm action={openFeedbackRoundAction.bind(null, organisation.slug)} today={todayInLondon()} />
        </>
      )}
    </>
  );
}
