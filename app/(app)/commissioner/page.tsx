import type { Metadata } from "next";
import { requireRole } from "@/lib/access/require-role";
import { listOrganisations } from "@/lib/organisations/get-organisation";
import { OrganisationTable } from "@/components/organisations/organisation-table";

export const metadata: Metadata = { title: "Providers" };

export default async function CommissionerHome() {
  const actor = await requireRole("COMMISSIONER");
  const providers = await listOrganisations(actor, { kind: "PROVIDER" });
  return (
    <>
      <h1>Providers</h1>
      <p>Organisations taking part in the Coproduction Quality Mark.</p>
      <OrganisationTable organisations={providers} caption={`Provider organisations (${providers.length})`} />
    </>
  );
}
