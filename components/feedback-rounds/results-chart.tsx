import { DONT_KNOW_WORD, FEEDBACK_SCALE } from "@/lib/feedback/questions";
import type { StatementTally } from "@/lib/feedback/rounds/distribution";

type Segment = { key: string; label: string; colour: string; text: string; count: (t: StatementTally) => number };

// White text on each dark colour, and dark text on the light ones, passes 4.5:1.
const SCALE_COLOURS = ["#942514", "#b3400a", "#505a5f", "#1d70b8", "#12436d"] as const;
const SEGMENTS: Segment[] = [
  ...FEEDBACK_SCALE.map((point, i) => ({ key: `r${point.rating}`, label: point.word, colour: SCALE_COLOURS[i] ?? "#505a5f", text: "#ffffff", count: (t: StatementTally) => t.counts[point.rating] })),
  { key: "dk", label: DONT_KNOW_WORD, colour: "#f3f2f1", text: "#0b0c0c", count: (t) => t.dontKnow },
];
const LEFT_OUT: Segment = { key: "none", label: "Left out", colour: "#ffffff", text: "#0b0c0c", count: (t) => t.noAnswer };

/**
 * How people answered each statement, as stacked bars with the same figures in a table. The bars
 * and their key are hidden from screen readers, which read the table instead; each piece of a bar
 * carries its number, so nothing depends on colour alone.
 */
export function ResultsChart({ tallies, responses }: { tallies: StatementTally[]; responses: number }) {
  const segments = tallies.some((t) => t.noAnswer > 0) ? [...SEGMENTS, LEFT_OUT] : SEGMENTS;
  const title = "How people answered each question";
  return (
    <figure className="mb-10">
      <figcaption className="font-bold text-lg mb-3">{title}</figcaption>
      <div aria-hidden="true" className="mb-6 max-w-3xl">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 list-none p-0 mb-4">
          {segments.map((s) => (
            <li key={s.key} className="flex items-center gap-2">
              <span className="inline-block w-5 h-5 border border-ink" style={{ backgroundColor: s.colour }} />
              {s.label}
            </li>
          ))}
        </ul>
        {tallies.map((t) => (
          <div key={t.statementNumber} className="mb-4">
            <p className="mb-1">{t.statementNumber}. {t.question}</p>
            <div className="flex h-8 border border-ink">
              {segments.map((s) => {
                const n = s.count(t);
                if (n === 0) return null;
                return (
                  <div key={s.key} className="h-full flex items-center justify-center font-bold border-r border-white last:border-r-0 overflow-hidden" style={{ width: `${(n / Math.max(1, responses)) * 100}%`, backgroundColor: s.colour, color: s.text }}>
                    {n}
                  </div>
                );
              })}
            </div>
          </div>
        ))}
      </div>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`${title} (table)`}>
        <table className="w-full border-collapse">
          <caption className="text-left font-bold mb-2">{title}: number of people</caption>
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="py-2 pr-4">Question</th>
              {segments.map((s) => (
                <th key={s.key} scope="col" className="py-2 pr-3 text-right">{s.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tallies.map((t) => (
              <tr key={t.statementNumber} className="border-b border-border align-top">
                <th scope="row" className="py-2 pr-4 text-left font-normal">I Statement {t.statementNumber}: {t.question}</th>
                {segments.map((s) => (
                  <td key={s.key} className="py-2 pr-3 text-right">{s.count(t)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
