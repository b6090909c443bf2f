import "server-only";
import { requireActor, type Actor } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/or-not-found";
import type { Permission } from "@/lib/access/permissions";
import { getOrganisation, type OrganisationView } from "@/lib/organisations/get-organisation";

/**
 * For pages under /organisations/[slug]: the signed-in actor and the organisation, or a 404 when
 * the actor may not reach it with `permission`.
 */
export async function loadOrganisationPage(slug: string, permission: Permission): Promise<{ actor: Actor; organisation: OrganisationView }> {
  const actor = await requireActor();
  const organisation = await orNotFound(getOrganisation(actor, slug, permission));
  return { actor, organisation };
}
