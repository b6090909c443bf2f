import Link from "next/link";
import type { OrganisationView } from "@/lib/organisations/get-organisation";

export function OrganisationTable({ organisations, caption }: { organisations: OrganisationView[]; caption: string }) {
  if (organisations.length === 0) return <p>There are no organisations to show yet.</p>;
  return (
    <table className="w-full border-collapse mb-8">
      <caption className="text-left text-xl font-bold mb-2">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-ink text-left">
          <th scope="col" className="py-2 pr-4">Organisation</th>
          <th scope="col" className="py-2 pr-4">Kind of service</th>
          <th scope="col" className="py-2">Area</th>
        </tr>
      </thead>
      <tbody>
        {organisations.map((org) => (
          <tr key={org.id} className="border-b border-border">
            <td className="py-2 pr-4"><Link href={`/organisations/${org.slug}`}>{org.name}</Link></td>
            <td className="py-2 pr-4">{org.serviceType ?? "—"}</td>
            <td className="py-2">{org.area}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
