import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/or-not-found";
import { can } from "@/lib/access/permissions";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { SummaryList } from "@/components/ui/summary-list";

export const metadata: Metadata = { title: "Organisation" };

export default async function OrganisationHome({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requireActor();
  const organisation = await orNotFound(getOrganisation(actor, slug));
  const canEdit = can(actor, "organisation:edit", organisation);
  const canSeeMembers = can(actor, "members:view", organisation);
  return (
    <>
      <span className="text-muted text-xl block mb-1">{organisation.area}</span>
      <h1>{organisation.name}</h1>
      <h2>Organisation details</h2>
      <SummaryList
        rows={[
          { key: "Kind of service", value: organisation.serviceType ?? "Not given" },
          { key: "Area", value: organisation.area },
          { key: "Contact", value: organisation.contactName ?? "Not given" },
          { key: "Contact email", value: organisation.contactEmail ?? "Not given" },
          { key: "Contact phone", value: organisation.contactPhone ?? "Not given" },
        ]}
      />
      {canEdit ? (
        <p>
          <Link href={`/organisations/${organisation.slug}/details`}>Change the organisation&apos;s details</Link>
        </p>
      ) : null}
      {canSeeMembers ? (
        <p>
          <Link href={`/organisations/${organisation.slug}/members`}>People in this organisation</Link>
        </p>
      ) : null}
    </>
  );
}
