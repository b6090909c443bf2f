import type { Metadata } from "next";
import { orNotFound } from "@/lib/access/or-not-found";
import { listPendingInvitations } from "@/lib/members/list-invitations";
import { listMembers } from "@/lib/members/list-members";
import { canManageMembers } from "@/lib/members/manageable-organisation";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { InvitationTable } from "@/components/members/invitation-table";
import { MemberTable } from "@/components/members/member-table";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { ButtonLink } from "@/components/ui/button";
import { manageInvitationAction } from "./actions";

export const metadata: Metadata = { title: "People in this organisation" };

// What just happened, from the redirect after a change; codes only, never names or addresses.
const DONE: Record<string, string> = {
  invited: "Invitation sent. The link in it works for 7 days.",
  resent: "Invitation sent again with a new link. The old link no longer works.",
  cancelled: "Invitation cancelled. Its link no longer works.",
  role: "Role changed.",
  removed: "They have been removed from this organisation.",
};

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MembersPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { done } = await searchParams;
  const { actor, organisation } = await loadOrganisationPage(slug, "members:view");
  const canManage = canManageMembers(actor, organisation);
  const [members, invitations] = await orNotFound(Promise.all([listMembers(actor, slug), canManage ? listPendingInvitations(actor, slug) : Promise.resolve([])]));
  const notice = typeof done === "string" ? DONE[done] : undefined;
  const admins = members.filter((m) => m.role === "ORG_ADMIN").map((m) => m.name);
  return (
    <>
      <OrganisationNav organisation={organisation} current="members" />
      {notice ? (
        <div role="status" className="border-4 border-success p-4 mb-6">
          <p className="font-bold mb-0">{notice}</p>
        </div>
      ) : null}
      <h1>People in {organisation.name}</h1>
      {canManage ? (
        <ButtonLink href={`/organisations/${organisation.slug}/members/invite`}>Invite someone</ButtonLink>
      ) : organisation.kind === "PROVIDER" && admins.length > 0 ? (
        <p>To invite someone or change what people can do, ask an administrator: {admins.join(", ")}.</p>
      ) : null}
      <MemberTable members={members} organisationSlug={organisation.slug} canManage={canManage} />
      {canManage ? (
        <>
          <h2>Invitations waiting to be accepted</h2>
          <InvitationTable invitations={invitations} action={manageInvitationAction.bind(null, organisation.slug)} />
        </>
      ) : null}
    </>
  );
}
