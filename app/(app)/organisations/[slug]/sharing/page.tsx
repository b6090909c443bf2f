import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/lib/access/or-not-found";
import { formatIsoDate, todayInLondon } from "@/lib/dates";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { listEvidenceSharing } from "@/lib/sharing/evidence-sharing";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { Tag } from "@/components/ui/tag";
import { setEvidenceSharingAction } from "./actions";

export const metadata: Metadata = { title: "Sharing evidence with commissioners" };

type Props = { params: Promise<{ slug: string }> };

export default async function EvidenceSharingPage({ params }: Props) {
  const { slug } = await params;
  const { actor, organisation } = await loadOrganisationPage(slug, "organisation:edit");
  const rows = await orNotFound(listEvidenceSharing(actor, slug));
  return (
    <>
      <OrganisationNav organisation={organisation} current="evidence" />
      <p><Link href={`/organisations/${organisation.slug}/evidence`}>Back to evidence</Link></p>
      <h1>Sharing evidence with commissioners</h1>
      <p className="text-xl">Every commissioner can see your award and what it rests on. Your evidence is yours: you choose which commissioning bodies see it, and you can stop at any time.</p>
      <p>A body you share with sees the title, type, date, source and description of each item in your evidence library, and web links. It does not see uploaded files or the words of written accounts, which may be people&apos;s own stories.</p>
      <table className="w-full border-collapse mb-8">
        <caption className="text-left text-xl font-bold mb-2">Commissioning bodies</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="py-2 pr-4">Commissioning body</th>
            <th scope="col" className="py-2 pr-4">Your evidence</th>
            <th scope="col" className="py-2"><span className="sr-only">Change</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.commissionerId} className="border-b border-border align-top">
              <td className="py-2 pr-4">{row.name}<span className="block text-muted">{row.area}</span></td>
              <td className="py-2 pr-4">
                {row.shared && row.sharedAt ? <Tag tone="green">{`Shared since ${formatIsoDate(todayInLondon(row.sharedAt))}`}</Tag> : <Tag>Not shared</Tag>}
              </td>
              <td className="py-2">
                <ActionButtonForm
                  action={setEvidenceSharingAction.bind(null, organisation.slug, row.commissionerId)}
                  id={`share-${row.commissionerId}`}
                  hidden={{ share: row.shared ? "no" : "yes" }}
                  label={row.shared ? `Stop sharing with ${row.name}` : `Share with ${row.name}`}
                  variant={row.shared ? "warning" : "secondary"}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p>There are no commissioning bodies in the scheme yet.</p> : null}
    </>
  );
}
