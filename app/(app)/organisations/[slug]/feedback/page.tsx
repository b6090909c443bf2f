import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/access/permissions";
import { orNotFound } from "@/lib/access/or-not-found";
import { formatIsoDate } from "@/lib/dates";
import { listFeedbackRounds } from "@/lib/feedback/rounds/list-rounds";
import { RESULTS_THRESHOLD } from "@/lib/feedback/rounds/distribution";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { PhaseTag } from "@/components/feedback-rounds/phase-tag";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Feedback from people who use your services" };

export default async function FeedbackRoundsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { actor, organisation } = await loadOrganisationPage(slug, "feedback:view");
  const { rounds, blocker } = await orNotFound(listFeedbackRounds(actor, slug));
  const base = `/organisations/${organisation.slug}/feedback`;
  const canManage = can(actor, "feedback:manage", organisation);
  return (
    <>
      <OrganisationNav organisation={organisation} current="feedback" />
      <h1>Feedback from people who use your services</h1>
      <p className="text-xl">
        Ask the people who use your services, and their carers, how each I Statement feels to them. They answer easy-read questions on their phone or a shared tablet, without giving their name.
      </p>
      <p>
        You see the results when a round closes, if at least {RESULTS_THRESHOLD} people have answered: with fewer, someone could be recognised from their answers. A round with enough answers becomes evidence in your library, dated the day it closed.
      </p>

      {canManage ? (
        blocker ? (
          <div className="border-l-4 border-brand pl-4 mb-8">
            <h2 className="mt-0">You cannot open a new round at the moment</h2>
            <p>{blocker}</p>
          </div>
        ) : (
          <ButtonLink href={`${base}/new`}>Open a feedback round</ButtonLink>
        )
      ) : null}

      <h2>Your feedback rounds</h2>
      {rounds.length === 0 ? (
        <p>You have not run a feedback round yet.</p>
      ) : (
        <table className="w-full border-collapse mb-8">
          <caption className="sr-only">Your feedback rounds, newest first</caption>
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="py-2 pr-4">Dates</th>
              <th scope="col" className="py-2 pr-4">Services</th>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2">Answers</th>
            </tr>
          </thead>
          <tbody>
            {rounds.map((round) => (
              <tr key={round.id} className="border-b border-border align-top">
                <td className="py-2 pr-4">
                  <Link href={`${base}/${round.id}`}>
                    {formatIsoDate(round.startsOn)} to {formatIsoDate(round.endsOn)}
                  </Link>
                </td>
                <td className="py-2 pr-4">{round.services}</td>
                <td className="py-2 pr-4"><PhaseTag phase={round.phase} /></td>
                <td className="py-2">{round.answers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
