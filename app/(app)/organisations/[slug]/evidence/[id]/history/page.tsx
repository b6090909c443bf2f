import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/lib/access/or-not-found";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { getEvidenceHistory } from "@/lib/evidence/get-evidence-history";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { HistoryTimeline } from "@/components/evidence/history-timeline";

export const metadata: Metadata = { title: "History of changes" };

export default async function EvidenceHistoryPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const { actor, organisation } = await loadOrganisationPage(slug, "evidence:view");
  const history = await orNotFound(getEvidenceHistory(actor, slug, id));
  return (
    <>
      <OrganisationNav organisation={organisation} current="evidence" />
      <Link href={`/organisations/${organisation.slug}/evidence/${history.id}`} className="inline-block mb-4">Back to the evidence</Link>
      <span className="text-muted text-xl block mb-1">{history.title}</span>
      <h1>History of changes</h1>
      <p>Every change to this evidence: who made it, when, and what changed. Newest first.</p>
      <HistoryTimeline entries={history.entries} />
    </>
  );
}
