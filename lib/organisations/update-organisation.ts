import "server-only";
import { db } from "@/lib/db/client";
import { getOrganisation, ORGANISATION_VIEW_SELECT, type OrganisationView } from "@/lib/organisations/get-organisation";
import { organisationDetailsSchema } from "@/lib/organisations/schemas";
import type { Actor } from "@/lib/access/actor";
import { AppError } from "@/lib/errors";
import { z } from "zod";

/** Changes an organisation's details; only its admin (or a scheme admin) may. */
export async function updateOrganisationDetails(actor: Actor, slug: string, input: unknown): Promise<OrganisationView> {
  const organisation = await getOrganisation(actor, slug, "organisation:edit");
  const parsed = organisationDetailsSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("INVALID", "Check the details you entered.", z.flattenError(parsed.error).fieldErrors);
  }
  return db().organisation.update({
    where: { id: organisation.id },
    data: parsed.data,
    select: ORGANISATION_VIEW_SELECT,
  });
}
