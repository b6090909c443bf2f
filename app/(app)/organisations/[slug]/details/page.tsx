import type { Metadata } from "next";
import Link from "next/link";
import { isServiceKind } from "@/lib/organisations/service-kinds";
import { requireActor } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/or-not-found";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { OrganisationDetailsForm } from "@/components/organisations/organisation-details-form";
import { updateOrganisationDetailsAction } from "./actions";

export const metadata: Metadata = { title: "Change organisation details" };

export default async function OrganisationDetailsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requireActor();
  const organisation = await orNotFound(getOrganisation(actor, slug, "organisation:edit"));
  return (
    <>
      <Link href={`/organisations/${organisation.slug}`} className="inline-block mb-4">Back to {organisation.name}</Link>
      <h1>Change the organisation&apos;s details</h1>
      <OrganisationDetailsForm
        action={updateOrganisationDetailsAction.bind(null, organisation.slug)}
        defaults={{
          name: organisation.name,
          serviceType: organisation.serviceType ?? "",
          serviceKinds: organisation.serviceKinds.filter(isServiceKind),
          area: organisation.area,
          contactName: organisation.contactName ?? "",
          contactEmail: organisation.contactEmail ?? "",
          contactPhone: organisation.contactPhone ?? "",
        }}
      />
    </>
  );
}
