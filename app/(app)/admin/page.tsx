import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { listOrganisations } from "@/lib/organisations/get-organisation";
import { outboxPageEnabled } from "@/lib/env";
import { OrganisationTable } from "@/components/organisations/organisation-table";

export const metadata: Metadata = { title: "Scheme administration" };

export default async function SchemeAdminHome() {
  const actor = await requireRole("SCHEME_ADMIN");
  const [providers, commissioners] = await Promise.all([
    listOrganisations(actor, { kind: "PROVIDER" }),
    listOrganisations(actor, { kind: "COMMISSIONER" }),
  ]);
  return (
    <>
      <h1>Scheme administration</h1>
      <p>
        <Link href="/admin/overview">Scheme overview</Link>: providers by level, awards expiring and assessments by stage.
      </p>
      <h2>Assessment requests</h2>
      <p>
        <Link href="/admin/requests">Organisations waiting for an assessment</Link>
      </p>
      <p>
        <Link href="/admin/visits">Visits and awards</Link>: send reports for a factual-accuracy check and decide on awards.
      </p>
      <p>
        <Link href="/admin/awards">Awards</Link>: conditions, reviews, suspending and revoking.
      </p>
      <h2>Experts by Experience</h2>
      <p>
        <Link href="/admin/assessors">The assessor pool</Link>: training, accreditation and declared conflicts of interest.
      </p>
      <p>
        <Link href="/admin/payments">Paying Experts by Experience</Link>: fees, hours and expenses for each visit, and downloads.
      </p>
      <h2>The standard</h2>
      <p>
        <Link href="/admin/standard">Versions of the standard</Link>: draft, edit and publish the criteria.
      </p>
      <OrganisationTable organisations={providers} caption={`Provider organisations (${providers.length})`} />
      <OrganisationTable organisations={commissioners} caption={`Commissioning bodies (${commissioners.length})`} />
      {outboxPageEnabled() ? (
        <>
          <h2>Email outbox</h2>
          <p>
            Without an SMTP server, emails are kept here instead of being sent. <Link href="/admin/outbox">Read the outbox</Link>
          </p>
        </>
      ) : null}
    </>
  );
}
