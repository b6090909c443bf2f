import Link from "next/link";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import type { MemberView } from "@/lib/members/list-members";
import { formatDate } from "@/components/members/format-date";

type Props = { members: MemberView[]; organisationSlug: string; canManage: boolean };

/** The people in an organisation; admins also get a change-role and a remove link per person. */
export function MemberTable({ members, organisationSlug, canManage }: Props) {
  const base = `/organisations/${organisationSlug}/members`;
  return (
    <table className="w-full border-collapse mb-8">
      <caption className="sr-only">People and their roles</caption>
      <thead>
        <tr className="border-b-2 border-ink text-left">
          <th scope="col" className="py-2 pr-4">Name</th>
          <th scope="col" className="py-2 pr-4">Email</th>
          <th scope="col" className="py-2 pr-4">Role</th>
          <th scope="col" className="py-2 pr-4">Joined</th>
          {canManage ? <th scope="col" className="py-2"><span className="sr-only">Actions</span></th> : null}
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.membershipId} className="border-b border-border align-top">
            <td className="py-2 pr-4">{m.name}{m.isYou ? " (you)" : ""}</td>
            <td className="py-2 pr-4 break-all">{m.email}</td>
            <td className="py-2 pr-4">{ROLE_LABELS[m.role]}</td>
            <td className="py-2 pr-4">{formatDate(m.since)}</td>
            {canManage ? (
              <td className="py-2">
                <ul className="list-none p-0 m-0">
                  <li>
                    <Link href={`${base}/${m.membershipId}/role`}>Change role<span className="sr-only"> of {m.name}</span></Link>
                  </li>
                  <li>
                    <Link href={`${base}/${m.membershipId}/remove`}>{m.isYou ? "Leave" : "Remove"}<span className="sr-only"> {m.isYou ? "this organisation" : m.name}</span></Link>
                  </li>
                </ul>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
