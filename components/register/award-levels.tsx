import type { AwardSnapshot } from "@/lib/awards/award-snapshot";
import { formatIsoDate } from "@/lib/dates";
import { levelLabel } from "@/components/scoring/statement-result-table";

/**
 * What an award rests on: the level for each I Statement from the frozen snapshot, as bars with
 * the same figures in a table (screen readers read the table), and for each statement the
 * engine's explanation and what is needed for the next level.
 */
export function AwardLevels({ snapshot, headingLevel = 2 }: { snapshot: AwardSnapshot; headingLevel?: 2 | 3 }) {
  const texts = new Map(snapshot.statements.map((s) => [s.number, s.text]));
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="award-levels">
      <Heading id="award-levels">Level for each I Statement</Heading>
      <p className="text-muted">As the Experts by Experience found them on the visit of {formatIsoDate(snapshot.visit.date)}. These never change after the award is issued.</p>
      <div aria-hidden="true" className="mb-4 max-w-2xl">
        {snapshot.result.statements.map((s) => (
          <div key={s.number} className="flex items-center gap-3 mb-2">
            <span className="w-28 shrink-0">Statement {s.number}</span>
            <div className="flex-1 bg-panel h-6">
              <div className="bg-brand h-6" style={{ width: `${(s.level / 3) * 100}%` }} />
            </div>
            <span className="w-32 shrink-0 text-right">{levelLabel(s.level)}</span>
          </div>
        ))}
      </div>
      <table className="w-full border-collapse mb-6">
        <caption className="sr-only">Level for each I Statement, with the reasons</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="py-2 pr-4">I Statement</th>
            <th scope="col" className="py-2 pr-4">Level</th>
            <th scope="col" className="py-2">Why, and what the next level needs</th>
          </tr>
        </thead>
        <tbody>
          {snapshot.result.statements.map((s) => (
            <tr key={s.number} className="border-b border-border align-top">
              <th scope="row" className="py-2 pr-4 text-left font-normal">{s.number}. {texts.get(s.number) ?? s.title ?? ""}</th>
              <td className="py-2 pr-4 whitespace-nowrap">{levelLabel(s.level)}</td>
              <td className="py-2">
                <p className="mb-1">{s.summary}</p>
                {s.nextLevel && s.nextLevel.missing.length > 0 ? (
                  <>
                    <p className="mb-1">For level {s.nextLevel.level}:</p>
                    <ul className="mb-0">
                      {s.nextLevel.missing.map((m) => (
                        <li key={m.criterionId}>
                          {m.code}: {m.reasons.map((r) => r.message).join(" ")}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
