import type { Metadata } from "next";
import Link from "next/link";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import { loadManageMemberPage } from "@/lib/members/manage-page";
import type { InvitableRole } from "@/lib/members/schemas";
import { ChangeRoleForm } from "@/components/members/change-role-form";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { changeRoleAction } from "../actions";

export const metadata: Metadata = { title: "Change someone's role" };

type Props = { params: Promise<{ slug: string; membershipId: string }> };

export default async function ChangeRolePage({ params }: Props) {
  const { slug, membershipId } = await params;
  const { organisation, member } = await loadManageMemberPage(slug, membershipId);
  const name = member.isYou ? "you" : member.name;
  const current: InvitableRole = member.role === "ORG_ADMIN" ? "ORG_ADMIN" : "ORG_MEMBER";
  return (
    <>
      <OrganisationNav organisation={organisation} current="members" />
      <Link href={`/organisations/${organisation.slug}/members`} className="inline-block mb-4">Back to people</Link>
      <h1>Change {member.isYou ? "your" : `${member.name}'s`} role</h1>
      <p>
        {member.isYou ? "You are" : `${member.name} is`} currently: <strong>{ROLE_LABELS[member.role]}</strong>.
      </p>
      {member.isOnlyAdmin ? (
        <div className="border-l-8 border-border pl-4 mb-6">
          <p className="mb-0">
            {member.isYou ? "You are" : `${member.name} is`} the only administrator of {organisation.name}. Make someone else an administrator before
            changing this, so there is always someone who can manage its people.
          </p>
        </div>
      ) : null}
      <ChangeRoleForm action={changeRoleAction.bind(null, organisation.slug, member.membershipId)} defaults={{ role: current }} name={name} />
    </>
  );
}
