import type { EarlierAward } from "@/lib/awards/get-organisation-award";
import { formatIsoDate } from "@/lib/dates";
import { levelLabel } from "@/components/scoring/statement-result-table";
import { StandingTag } from "@/components/awards/standing-tag";

/** The organisation's earlier awards, newest first. */
export function EarlierAwards({ awards }: { awards: EarlierAward[] }) {
  if (awards.length === 0) return null;
  return (
    <>
      <h2>Earlier awards</h2>
      <table className="w-full border-collapse mb-8">
        <caption className="sr-only">Earlier awards, newest first</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="py-2 pr-4">Issued</th>
            <th scope="col" className="py-2 pr-4">Level</th>
            <th scope="col" className="py-2 pr-4">Expired or expires</th>
            <th scope="col" className="py-2">Standing</th>
          </tr>
        </thead>
        <tbody>
          {awards.map((a) => (
            <tr key={a.id} className="border-b border-border">
              <td className="py-2 pr-4">{formatIsoDate(a.issuedOn)}</td>
              <td className="py-2 pr-4">{levelLabel(a.level)}</td>
              <td className="py-2 pr-4">{formatIsoDate(a.expiresOn)}</td>
              <td className="py-2"><StandingTag standing={a.standing} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
