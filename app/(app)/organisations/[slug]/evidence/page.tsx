import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/access/permissions";
import { orNotFound } from "@/lib/access/or-not-found";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { criteriaForEvidence } from "@/lib/evidence/criteria";
import { parseEvidenceFilters } from "@/lib/evidence/filters";
import { getEvidence } from "@/lib/evidence/get-evidence";
import { listEvidence } from "@/lib/evidence/list-evidence";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { EvidenceEmptyState } from "@/components/evidence/evidence-empty-state";
import { EvidenceFilters } from "@/components/evidence/evidence-filters";
import { EvidenceTable } from "@/components/evidence/evidence-table";
import { ButtonLink } from "@/components/ui/button";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { restoreEvidenceAction } from "./actions";

export const metadata: Metadata = { title: "Evidence" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EvidenceLibraryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const { actor, organisation } = await loadOrganisationPage(slug, "evidence:view");
  const filters = parseEvidenceFilters(query);
  const [{ items, total }, { statements }] = await Promise.all([orNotFound(listEvidence(actor, slug, filters)), criteriaForEvidence()]);
  const canEdit = can(actor, "evidence:edit", organisation);
  const deletedId = typeof query.deleted === "string" ? query.deleted : null;
  const justDeleted = deletedId ? await getEvidence(actor, slug, deletedId).catch(() => null) : null;

  return (
    <>
      <OrganisationNav organisation={organisation} current="evidence" />
      {justDeleted?.deletedAt && justDeleted.canRestore ? (
        <NotificationBanner title="Deleted">
          <p className="font-bold">You deleted ‘{justDeleted.title}’. You can undo this for 30 days.</p>
          <ActionButtonForm action={restoreEvidenceAction.bind(null, organisation.slug, justDeleted.id)} id="undo-delete" label="Undo" variant="secondary" />
        </NotificationBanner>
      ) : null}
      <h1>Evidence</h1>
      <p>
        Documents, links and accounts that show what {organisation.name} does. Link each one to the criteria it supports
        in your self-assessment.
      </p>
      {canEdit ? <ButtonLink href={`/organisations/${organisation.slug}/evidence/new`}>Add evidence</ButtonLink> : null}
      {total === 0 ? (
        <EvidenceEmptyState slug={organisation.slug} canEdit={canEdit} />
      ) : (
        <>
          <EvidenceFilters slug={organisation.slug} filters={filters} statements={statements} />
          {items.length === 0 ? (
            <p>No evidence matches these filters.</p>
          ) : (
            <EvidenceTable slug={organisation.slug} items={items} caption={items.length === total ? `All evidence (${total})` : `${items.length} of ${total} items match`} />
          )}
        </>
      )}
      <p><Link href={`/organisations/${organisation.slug}/evidence/deleted`}>Recently deleted evidence</Link></p>
      {can(actor, "organisation:edit", organisation) ? (
        <p><Link href={`/organisations/${organisation.slug}/sharing`}>Share your evidence with commissioners</Link></p>
      ) : null}
    </>
  );
}
