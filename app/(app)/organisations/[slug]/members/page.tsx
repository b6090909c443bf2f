import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/or-not-found";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { listMembers } from "@/lib/members/list-members";
import { ROLE_LABELS } from "@/lib/auth/role-labels";

export const metadata: Metadata = { title: "People in this organisation" };

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requireActor();
  const [organisation, members] = await orNotFound(Promise.all([getOrganisation(actor, slug, "members:view"), listMembers(actor, slug)]));
  return (
    <>
      <Link href={`/organisations/${organisation.slug}`} className="inline-block mb-4">Back to {organisation.name}</Link>
      <h1>People in {organisation.name}</h1>
      <table className="w-full border-collapse mb-8">
        <caption className="sr-only">People and their roles</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="py-2 pr-4">Name</th>
            <th scope="col" className="py-2 pr-4">Email</th>
            <th scope="col" className="py-2">Role</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.membershipId} className="border-b border-border">
              <td className="py-2 pr-4">{m.name}</td>
              <td className="py-2 pr-4">{m.email}</td>
              <td className="py-2">{ROLE_LABELS[m.role]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
