import Link from "next/link";
import type { ModerationRow } from "@/lib/moderation/list-visits";
import type { ModerationStage } from "@/lib/moderation/stages";
import { formatIsoDate } from "@/lib/dates";
import { levelLabel } from "@/components/scoring/statement-result-table";

/** One moderation stage's visits, with what matters at that stage in the last column. */
export function StageTable({ stage, heading, rows }: { stage: ModerationStage; heading: string; rows: ModerationRow[] }) {
  return (
    <table className="w-full border-collapse mb-10">
      <caption className="text-left font-bold text-2xl mb-2">{heading} ({rows.length})</caption>
      <thead>
        <tr className="border-b-2 border-ink text-left">
          <th scope="col" className="py-2 pr-4">Organisation</th>
          <th scope="col" className="py-2 pr-4">Visit date</th>
          <th scope="col" className="py-2 pr-4">Verified level</th>
          <th scope="col" className="py-2">{stage === "WITH_ORGANISATION" ? "Reply due by" : stage === "CLOSED" ? "Outcome" : "Notes"}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-border">
            <td className="py-2 pr-4"><Link href={`/admin/visits/${row.id}`}>{row.organisationName}</Link></td>
            <td className="py-2 pr-4">{formatIsoDate(row.scheduledFor)}</td>
            <td className="py-2 pr-4">{row.verifiedLevel === null ? "No report yet" : levelLabel(row.verifiedLevel)}</td>
            <td className="py-2">{lastColumn(row)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function lastColumn(row: ModerationRow): string {
  switch (row.stage) {
    case "WITH_ORGANISATION":
      return row.checkDueOn ? formatIsoDate(row.checkDueOn) : "";
    case "READY_TO_DECIDE":
      return row.pointsToAnswer > 0 ? `${row.pointsToAnswer} ${row.pointsToAnswer === 1 ? "point" : "points"} to answer` : "Ready for your decision";
    case "CLOSED":
      return row.awardLevel === null ? "No award" : `Level ${row.awardLevel} awarded`;
    case "REPORT_RECEIVED":
      return "Send for a factual-accuracy check";
    default:
      return "The assessors are recording the visit";
  }
}
