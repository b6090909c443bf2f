import type { Metadata } from "next";
import Link from "next/link";
import { loadManageMembersPage } from "@/lib/members/manage-page";
import { InviteForm } from "@/components/members/invite-form";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { inviteMemberAction } from "./actions";

export const metadata: Metadata = { title: "Invite someone" };

export default async function InviteMemberPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { organisation } = await loadManageMembersPage(slug);
  return (
    <>
      <OrganisationNav organisation={organisation} current="members" />
      <Link href={`/organisations/${organisation.slug}/members`} className="inline-block mb-4">Back to people</Link>
      <h1>Invite someone to {organisation.name}</h1>
      <p>They will get an email with a link to join. If they do not have an account yet, they will choose a password when they join.</p>
      <InviteForm action={inviteMemberAction.bind(null, organisation.slug)} />
    </>
  );
}
