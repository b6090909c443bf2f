import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/lib/access/or-not-found";
import { getFeedbackRound } from "@/lib/feedback/rounds/get-round";
import { qrCodeSvg } from "@/lib/feedback/rounds/round-link";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { Poster } from "@/components/feedback-rounds/poster";

export const metadata: Metadata = { title: "Feedback poster" };

export default async function FeedbackPosterPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const { actor, organisation } = await loadOrganisationPage(slug, "feedback:view");
  const round = await orNotFound(getFeedbackRound(actor, slug, id));
  const qrSvg = await qrCodeSvg(round.link.url);
  return (
    <>
      <div className="no-print">
        <p><Link href={`/organisations/${organisation.slug}/feedback/${round.id}`}>Back to the feedback round</Link></p>
        {round.phase === "CLOSED" ? (
          <p className="font-bold border-l-4 border-error pl-4">This round has closed, so the link on this poster no longer takes answers. Take the poster down.</p>
        ) : (
          <p>Print this page on A4 paper, portrait, with your browser&apos;s Print command. Put it up where people wait or meet, and tell them they can answer on your tablet if they have no phone.</p>
        )}
      </div>
      <Poster organisationName={organisation.name} services={round.services} endsOn={round.endsOn} url={round.link.url} shortLink={round.link.short} qrSvg={qrSvg} />
    </>
  );
}
