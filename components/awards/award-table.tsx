import Link from "next/link";
import type { AwardListRow } from "@/lib/awards/list-awards";
import { formatIsoDate } from "@/lib/dates";
import { levelLabel } from "@/components/scoring/statement-result-table";
import { Tag } from "@/components/ui/tag";
import { StandingTag } from "@/components/awards/standing-tag";

/** Every award, with what waits for the scheme team. */
export function AwardTable({ awards }: { awards: AwardListRow[] }) {
  return (
    <table className="w-full border-collapse mb-8">
      <caption className="sr-only">Awards, by organisation, newest first</caption>
      <thead>
        <tr className="border-b-2 border-ink text-left">
          <th scope="col" className="py-2 pr-4">Organisation</th>
          <th scope="col" className="py-2 pr-4">Level</th>
          <th scope="col" className="py-2 pr-4">Standing</th>
          <th scope="col" className="py-2 pr-4">Expires</th>
          <th scope="col" className="py-2 pr-4">Open conditions</th>
          <th scope="col" className="py-2">Review</th>
        </tr>
      </thead>
      <tbody>
        {awards.map((a) => (
          <tr key={a.id} className="border-b border-border align-top">
            <td className="py-2 pr-4">
              <Link href={`/admin/awards/${a.id}`}>{a.organisationName}<span className="sr-only">: {levelLabel(a.level)} award expiring {formatIsoDate(a.expiresOn)}</span></Link>
            </td>
            <td className="py-2 pr-4">{levelLabel(a.level)}</td>
            <td className="py-2 pr-4"><StandingTag standing={a.standing} /></td>
            <td className="py-2 pr-4">{formatIsoDate(a.expiresOn)}</td>
            <td className="py-2 pr-4">
              {a.openConditions === 0 ? "None" : a.openConditions}
              {a.overdueConditions > 0 ? <span className="block"><Tag tone="yellow">{a.overdueConditions} past deadline</Tag></span> : null}
            </td>
            <td className="py-2">{a.reviewWaiting ? <Tag tone="blue">Waiting for a decision</Tag> : "None"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
