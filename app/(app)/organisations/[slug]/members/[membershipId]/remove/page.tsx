import type { Metadata } from "next";
import Link from "next/link";
import { loadManageMemberPage } from "@/lib/members/manage-page";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { removeMemberAction } from "../actions";

export const metadata: Metadata = { title: "Remove someone" };

type Props = { params: Promise<{ slug: string; membershipId: string }> };

/** The GOV.UK "Are you sure" pattern: say what will happen, one warning button, a way back. */
export default async function RemoveMemberPage({ params }: Props) {
  const { slug, membershipId } = await params;
  const { organisation, member } = await loadManageMemberPage(slug, membershipId);
  const back = `/organisations/${organisation.slug}/members`;
  return (
    <>
      <OrganisationNav organisation={organisation} current="members" />
      <h1>{member.isYou ? `Are you sure you want to leave ${organisation.name}?` : `Are you sure you want to remove ${member.name} from ${organisation.name}?`}</h1>
      {member.isOnlyAdmin ? (
        <div className="border-l-8 border-border pl-4 mb-6">
          <p className="mb-0">
            {member.isYou ? "You are" : `${member.name} is`} the only administrator of {organisation.name}, so {member.isYou ? "you" : "they"} cannot be
            removed. Make someone else an administrator first.
          </p>
        </div>
      ) : (
        <>
          <p>
            {member.isYou ? "You" : `${member.name} (${member.email})`} will no longer be able to see or change anything of {organisation.name}.
            {member.isYou ? " Your" : " Their"} account stays, with any other organisations it belongs to, and can be invited again later.
          </p>
          <ActionButtonForm
            action={removeMemberAction.bind(null, organisation.slug, member.membershipId)}
            id="remove"
            label={member.isYou ? `Yes, leave ${organisation.name}` : `Yes, remove ${member.name}`}
            variant="warning"
          />
        </>
      )}
      <p>
        <Link href={back}>No, go back to people</Link>
      </p>
    </>
  );
}
