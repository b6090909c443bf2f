import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound } from "@/lib/access/or-not-found";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { criteriaForEvidence } from "@/lib/evidence/criteria";
import { editEvidenceDraftKey } from "@/lib/evidence/draft-keys";
import { editEvidenceDefaults } from "@/lib/evidence/form-defaults";
import { getEvidence } from "@/lib/evidence/get-evidence";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { EvidenceForm } from "@/components/evidence/evidence-form";
import { updateEvidenceAction } from "../../actions";

export const metadata: Metadata = { title: "Change evidence" };

export default async function EditEvidencePage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const { actor, organisation } = await loadOrganisationPage(slug, "evidence:edit");
  const [item, { statements }] = await Promise.all([orNotFound(getEvidence(actor, slug, id)), criteriaForEvidence()]);
  if (item.deletedAt) notFound();
  const current = new Set(statements.flatMap((s) => s.criteria.map((c) => c.id)));
  const base = `/organisations/${organisation.slug}/evidence/${item.id}`;
  return (
    <>
      <OrganisationNav organisation={organisation} current="evidence" />
      <Link href={base} className="inline-block mb-4">Back to the evidence</Link>
      <h1>Change ‘{item.title}’</h1>
      <EvidenceForm
        // The version the form was opened at travels with the action: a save from an older form is refused.
        action={updateEvidenceAction.bind(null, organisation.slug, item.id, item.version)}
        defaults={editEvidenceDefaults(item, current)}
        statements={statements}
        draftKey={editEvidenceDraftKey(item.id)}
        submitLabel="Save changes"
        fixedKind={item.kind}
        currentFile={item.file}
        latestHref={`${base}/edit`}
      />
    </>
  );
}
