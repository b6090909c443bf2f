import type { Metadata } from "next";
import Link from "next/link";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { criteriaForEvidence } from "@/lib/evidence/criteria";
import { newEvidenceDefaults } from "@/lib/evidence/form-defaults";
import { newEvidenceDraftKey } from "@/lib/evidence/draft-keys";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { EvidenceForm } from "@/components/evidence/evidence-form";
import { createEvidenceAction } from "../actions";

export const metadata: Metadata = { title: "Add evidence" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewEvidencePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { kind } = await searchParams;
  const { organisation } = await loadOrganisationPage(slug, "evidence:edit");
  const { statements } = await criteriaForEvidence();
  return (
    <>
      <OrganisationNav organisation={organisation} current="evidence" />
      <Link href={`/organisations/${organisation.slug}/evidence`} className="inline-block mb-4">Back to evidence</Link>
      <h1>Add evidence</h1>
      <p>Add one thing at a time: a file, a link to something on the web, or an account you write here.</p>
      <EvidenceForm
        action={createEvidenceAction.bind(null, organisation.slug)}
        defaults={newEvidenceDefaults(typeof kind === "string" ? kind : undefined)}
        statements={statements}
        draftKey={newEvidenceDraftKey(organisation.slug)}
        submitLabel="Add evidence"
      />
    </>
  );
}
