import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/access/permissions";
import { orNotFound } from "@/lib/access/or-not-found";
import { formatIsoDate } from "@/lib/dates";
import { getFeedbackRound } from "@/lib/feedback/rounds/get-round";
import { getFeedbackResults } from "@/lib/feedback/rounds/results";
import { percent, RESULTS_THRESHOLD, TOO_FEW_MESSAGE } from "@/lib/feedback/rounds/distribution";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { PhaseTag } from "@/components/feedback-rounds/phase-tag";
import { ResultsChart } from "@/components/feedback-rounds/results-chart";
import { ResultsComments } from "@/components/feedback-rounds/results-comments";
import { SuccessBanner } from "@/components/ui/success-banner";
import { ButtonLink } from "@/components/ui/button";
import { SummaryList } from "@/components/ui/summary-list";

export const metadata: Metadata = { title: "Feedback round" };

type Props = { params: Promise<{ slug: string; id: string }>; searchParams: Promise<{ done?: string | string[] }> };

const DONE: Record<string, string> = {
  opened: "Your feedback round is open. Share the link or print the poster.",
  closed: "The feedback round has closed.",
};

export default async function FeedbackRoundPage({ params, searchParams }: Props) {
  const [{ slug, id }, { done }] = await Promise.all([params, searchParams]);
  const { actor, organisation } = await loadOrganisationPage(slug, "feedback:view");
  const round = await orNotFound(getFeedbackRound(actor, slug, id));
  const results = await orNotFound(getFeedbackResults(actor, slug, id));
  const base = `/organisations/${organisation.slug}/feedback`;
  const closed = round.phase === "CLOSED";
  const message = typeof done === "string" ? DONE[done] : undefined;
  const dates = `${formatIsoDate(round.startsOn)} to ${formatIsoDate(round.endsOn)}`;

  return (
    <>
      <OrganisationNav organisation={organisation} current="feedback" />
      <p><Link href={base}>Back to feedback rounds</Link></p>
      {message ? <SuccessBanner message={message} /> : null}
      <span className="text-muted text-xl block mb-1">Feedback round</span>
      <h1>{dates}</h1>
      <SummaryList
        rows={[
          { key: "Services", value: round.services },
          { key: "Status", value: <PhaseTag phase={round.phase} /> },
          ...(round.closedOn ? [{ key: "Closed on", value: formatIsoDate(round.closedOn) }] : []),
          { key: closed ? "Answers" : "Answers so far", value: round.answers },
        ]}
      />

      <h2>The link and the poster</h2>
      {closed ? (
        <p>This round has closed, so the link no longer takes answers.</p>
      ) : (
        <>
          <p>Anyone with this link can answer while the round is open{round.phase === "NOT_STARTED" ? `, from ${formatIsoDate(round.startsOn)}` : ""}. Share it by text, email or on a screen in your waiting room:</p>
          <p className="text-2xl font-bold break-all">
            <a href={round.link.url}>{round.link.short}</a>
          </p>
        </>
      )}
      <p>
        <Link href={`${base}/${round.id}/poster`}>{closed ? "See the poster" : "Print the poster with the QR code"}</Link>
      </p>

      {!closed && can(actor, "feedback:manage", organisation) ? (
        <>
          <h2>Close the round early</h2>
          <p>The round closes by itself after {formatIsoDate(round.endsOn)}. You can close it sooner, for example if you already have enough answers.</p>
          <ButtonLink href={`${base}/${round.id}/close`} variant="secondary">Close the round now</ButtonLink>
        </>
      ) : null}

      <h2>Results</h2>
      {!results.visible && results.reason === "NOT_CLOSED" ? (
        <p>The results appear here when the round closes, if at least {RESULTS_THRESHOLD} people have answered. Until then nobody sees any answers, so people can say what they think.</p>
      ) : null}
      {!results.visible && results.reason === "TOO_FEW" ? <p className="text-xl">{TOO_FEW_MESSAGE}</p> : null}
      {results.visible ? (
        <>
          <p className="text-xl">{results.responses} people answered. {results.carers} of them ({percent(results.carers, results.responses)}%) said they were a carer or family member.</p>
          {round.evidenceItemId ? (
            <p>
              These results are in your evidence library as{" "}
              <Link href={`/organisations/${organisation.slug}/evidence/${round.evidenceItemId}`}>feedback from people who use your services</Link>. You can link it to the criteria it shows.
            </p>
          ) : null}
          <ResultsChart tallies={results.tallies} responses={results.responses} />
          <ResultsComments groups={results.comments} />
        </>
      ) : null}
    </>
  );
}
