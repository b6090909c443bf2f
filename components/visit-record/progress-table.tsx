import type { StatementProgress } from "@/lib/visit-record/analysis";
import Link from "next/link";

type Props = { visitId: string; mine: StatementProgress[]; partner: StatementProgress[]; partnerName: string; statements: Array<{ number: number; text: string }> };

const line = (p: StatementProgress | undefined) =>
  p ? `${p.evidenceReviewed} of ${p.evidenceTotal} evidence items, ${p.criteriaRated} of ${p.criteriaTotal} criteria${p.conversation ? ", who you spoke to" : ""}` : "";

/** How far each assessor has got with each statement, with a link to record it. */
export function ProgressTable({ visitId, mine, partner, partnerName, statements }: Props) {
  return (
    <table className="w-full border-collapse mb-8">
      <caption className="text-left font-bold text-lg mb-2">How far you have got</caption>
      <thead>
        <tr className="border-b-2 border-ink text-left">
          <th scope="col" className="py-2 pr-4">Statement</th>
          <th scope="col" className="py-2 pr-4">You</th>
          <th scope="col" className="py-2">{partnerName}</th>
        </tr>
      </thead>
      <tbody>
        {statements.map((s, i) => (
          <tr key={s.number} className="border-b border-border align-top">
            <th scope="row" className="py-2 pr-4 text-left font-normal">
              <Link href={`/assessor/visits/${visitId}/statements/${s.number}`}>Statement {s.number}</Link>
              <span className="block text-muted">{s.text}</span>
            </th>
            <td className="py-2 pr-4">{line(mine[i])}</td>
            <td className="py-2">{line(partner[i]).replace(", who you spoke to", ", who they spoke to")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
