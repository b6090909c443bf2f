import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound } from "@/lib/access/or-not-found";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { getOrganisationAward } from "@/lib/awards/get-organisation-award";
import { formatIsoDate } from "@/lib/dates";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { ReviewRequestForm } from "@/components/awards/review-request-form";
import { requestReviewAction } from "../actions";

export const metadata: Metadata = { title: "Ask for a review of your award" };

export default async function AskForReviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { actor, organisation } = await loadOrganisationPage(slug, "assessment:request");
  const { award, reviewRefusal } = await orNotFound(getOrganisationAward(actor, slug));
  if (!award) notFound();
  const back = `/organisations/${organisation.slug}/award`;
  return (
    <>
      <OrganisationNav organisation={organisation} current="award" />
      <Link href={back} className="inline-block mb-4">Back to your award</Link>
      <h1>Ask for a review of your award</h1>
      {reviewRefusal ? (
        <p>{reviewRefusal}</p>
      ) : (
        <>
          <p>You can ask for a review if the assessment process was not followed. You cannot ask for one just because you disagree with the level.</p>
          <ul className="list-disc pl-6">
            <li>You can ask once, until {formatIsoDate(award.reviewDueOn)}.</li>
            <li>A scheme administrator who took no part in the decision looks at it.</li>
            <li>After the review the level may stay the same, go up or go down.</li>
            <li>While it is being reviewed, your award shows as &quot;under review&quot; to anyone who checks it.</li>
          </ul>
          <ReviewRequestForm action={requestReviewAction.bind(null, organisation.slug, award.id)} draftKey={`award-review:${award.id}`} />
        </>
      )}
    </>
  );
}
