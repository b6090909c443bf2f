import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { organisationWhere } from "@/lib/access/scope";
import type { Actor } from "@/lib/access/actor";
import type { Permission } from "@/lib/access/permissions";

export type OrganisationView = {
  id: string;
  slug: string;
  name: string;
  kind: "SCHEME" | "PROVIDER" | "COMMISSIONER";
  serviceType: string | null;
  serviceKinds: string[];
  area: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
};

export const ORGANISATION_VIEW_SELECT = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  serviceType: true,
  serviceKinds: true,
  area: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
} as const;

/**
 * An organisation the actor may reach with `permission`. Throws NOT_FOUND otherwise, so that
 * other tenants' organisations are indistinguishable from ones that do not exist.
 */
export async function getOrganisation(actor: Actor, slug: string, permission: Permission = "organisation:view"): Promise<OrganisationView> {
  const organisation = await db().organisation.findFirst({ where: { AND: [{ slug }, organisationWhere(actor, permission)] }, select: ORGANISATION_VIEW_SELECT });
  if (!organisation) throw notFound("organisation");
  return organisation;
}

/** Organisations the actor may see, optionally of one kind, by name. */
export async function listOrganisations(actor: Actor, options: { kind?: OrganisationView["kind"] } = {}): Promise<OrganisationView[]> {
  const filters = [organisationWhere(actor, "organisation:view"), ...(options.kind ? [{ kind: options.kind }] : [])];
  return db().organisation.findMany({ where: { AND: filters }, select: ORGANISATION_VIEW_SELECT, orderBy: { name: "asc" } });
}
