import type { StatementResult } from "@/lib/scoring";
import { levelLabel } from "@/components/scoring/statement-result-table";

type Row = { number: number; title: string; selfAssessed: number; verified: number | null };

/**
 * Levels per statement as bars, with the same figures in a table. The bars are hidden from
 * screen readers, which read the table instead.
 */
export function LevelChart({ results, verified = new Map() }: { results: StatementResult[]; verified?: Map<number, number> }) {
  const rows: Row[] = results.map((r) => ({ number: r.number, title: r.title ?? `Statement ${r.number}`, selfAssessed: r.level, verified: verified.get(r.number) ?? null }));
  return (
    <figure className="mb-8">
      <figcaption className="font-bold text-lg mb-3">Level for each I Statement</figcaption>
      <div aria-hidden="true" className="mb-4 max-w-2xl">
        {rows.map((row) => (
          <div key={row.number} className="flex items-center gap-3 mb-2">
            <span className="w-28 shrink-0">Statement {row.number}</span>
            <div className="flex-1 bg-panel h-6 relative" title={levelLabel(row.selfAssessed)}>
              <div className="bg-brand h-6" style={{ width: `${(row.selfAssessed / 3) * 100}%` }} />
            </div>
            <span className="w-28 shrink-0 text-right">{levelLabel(row.selfAssessed)}</span>
          </div>
        ))}
      </div>
      <table className="w-full border-collapse">
        <caption className="sr-only">Level for each I Statement</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="py-2 pr-4">I Statement</th>
            <th scope="col" className="py-2 pr-4">Self-assessed</th>
            <th scope="col" className="py-2">Verified by assessors</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.number} className="border-b border-border">
              <th scope="row" className="py-2 pr-4 text-left font-normal">{row.number}. {row.title}</th>
              <td className="py-2 pr-4">{levelLabel(row.selfAssessed)}</td>
              <td className="py-2">{row.verified === null ? "Not assessed yet" : levelLabel(row.verified)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
