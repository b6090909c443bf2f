import "server-only";
import { requireActor, type Actor } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/or-not-found";
import type { OrganisationView } from "@/lib/organisations/get-organisation";
import { getMemberToManage, type ManagedMember } from "@/lib/members/get-member";
import { getManageableOrganisation } from "@/lib/members/manageable-organisation";

/** For the invite page: the actor and an organisation whose people they manage, or a 404. */
export async function loadManageMembersPage(slug: string): Promise<{ actor: Actor; organisation: OrganisationView }> {
  const actor = await requireActor();
  return { actor, organisation: await orNotFound(getManageableOrganisation(actor, slug)) };
}

/** For the change-role and remove pages: the person to manage, or a 404 for any other id. */
export async function loadManageMemberPage(slug: string, membershipId: string): Promise<{ actor: Actor; organisation: OrganisationView; member: ManagedMember }> {
  const actor = await requireActor();
  return { actor, ...(await orNotFound(getMemberToManage(actor, slug, membershipId))) };
}
