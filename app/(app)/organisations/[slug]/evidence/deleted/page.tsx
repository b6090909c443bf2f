import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/access/permissions";
import { orNotFound } from "@/lib/access/or-not-found";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { listDeletedEvidence } from "@/lib/evidence/list-deleted-evidence";
import { RESTORE_DAYS } from "@/lib/evidence/retention";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { DeletedEvidenceTable } from "@/components/evidence/deleted-evidence-table";
import { restoreEvidenceAction } from "../actions";

export const metadata: Metadata = { title: "Recently deleted evidence" };

export default async function DeletedEvidencePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { actor, organisation } = await loadOrganisationPage(slug, "evidence:view");
  const items = await orNotFound(listDeletedEvidence(actor, slug));
  const canEdit = can(actor, "evidence:edit", organisation);
  return (
    <>
      <OrganisationNav organisation={organisation} current="evidence" />
      <Link href={`/organisations/${organisation.slug}/evidence`} className="inline-block mb-4">Back to evidence</Link>
      <h1>Recently deleted evidence</h1>
      <p>Deleted evidence can be restored for {RESTORE_DAYS} days, with the criteria it was linked to. After that it can no longer be restored.</p>
      {items.length === 0 ? (
        <p>Nothing has been deleted in the last {RESTORE_DAYS} days.</p>
      ) : (
        <DeletedEvidenceTable items={items} canRestore={canEdit} restoreAction={(id) => restoreEvidenceAction.bind(null, organisation.slug, id)} slug={organisation.slug} />
      )}
    </>
  );
}
