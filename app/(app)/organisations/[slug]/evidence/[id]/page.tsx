import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/access/permissions";
import { orNotFound } from "@/lib/access/or-not-found";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { criteriaForEvidence } from "@/lib/evidence/criteria";
import { formatDate } from "@/lib/evidence/dates";
import { editEvidenceDraftKey, newEvidenceDraftKey } from "@/lib/evidence/draft-keys";
import { getEvidence } from "@/lib/evidence/get-evidence";
import { restorableUntil } from "@/lib/evidence/retention";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { ForgetDraft } from "@/components/forms/forget-draft";
import { EvidenceSummary } from "@/components/evidence/evidence-summary";
import { LinkedCriteria } from "@/components/evidence/linked-criteria";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { deleteEvidenceAction, restoreEvidenceAction } from "../actions";

export const metadata: Metadata = { title: "Evidence" };

type Props = { params: Promise<{ slug: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const BANNERS: Record<string, string> = { added: "Evidence added", updated: "Changes saved", restored: "Evidence restored" };

export default async function EvidenceDetailsPage({ params, searchParams }: Props) {
  const { slug, id } = await params;
  const query = await searchParams;
  const { actor, organisation } = await loadOrganisationPage(slug, "evidence:view");
  const [item, { version }] = await Promise.all([orNotFound(getEvidence(actor, slug, id)), criteriaForEvidence()]);
  const canEdit = can(actor, "evidence:edit", organisation);
  const base = `/organisations/${organisation.slug}/evidence`;
  const banner = Object.keys(BANNERS).find((key) => query[key] === "1");

  return (
    <>
      <OrganisationNav organisation={organisation} current="evidence" />
      {banner === "added" ? <ForgetDraft draftKey={newEvidenceDraftKey(organisation.slug)} /> : null}
      {banner === "updated" ? <ForgetDraft draftKey={editEvidenceDraftKey(item.id)} /> : null}
      <Link href={base} className="inline-block mb-4">Back to evidence</Link>
      {banner && !item.deletedAt ? (
        <NotificationBanner>
          <p className="font-bold mb-0">{BANNERS[banner]}</p>
        </NotificationBanner>
      ) : null}
      {item.deletedAt ? (
        <div className="border-l-8 border-error bg-panel p-4 mb-6">
          <p className="font-bold">This evidence was deleted on {formatDate(item.deletedAt)}.</p>
          {item.canRestore && canEdit ? (
            <>
              <p>You can restore it until {formatDate(restorableUntil(item.deletedAt))}.</p>
              <ActionButtonForm action={restoreEvidenceAction.bind(null, organisation.slug, item.id)} id="restore" label="Restore this evidence" variant="secondary" />
            </>
          ) : null}
        </div>
      ) : null}
      <h1>{item.title}</h1>
      <EvidenceSummary item={item} downloadHref={`/api/organisations/${organisation.slug}/evidence/${item.id}/file`} />
      <h2>Criteria it supports</h2>
      <LinkedCriteria criteria={item.criteria} currentVersion={version} />
      <ul className="list-none p-0 mt-8">
        {canEdit && !item.deletedAt ? <li className="mb-2"><Link href={`${base}/${item.id}/edit`}>Change this evidence</Link></li> : null}
        <li className="mb-2"><Link href={`${base}/${item.id}/history`}>See the history of changes</Link></li>
      </ul>
      {canEdit && !item.deletedAt ? (
        <>
          <h2>Delete this evidence</h2>
          <p>It will be taken out of the library and your self-assessment. You can undo this for 30 days.</p>
          <ActionButtonForm action={deleteEvidenceAction.bind(null, organisation.slug, item.id)} id="delete" label="Delete this evidence" variant="warning" />
        </>
      ) : null}
    </>
  );
}
