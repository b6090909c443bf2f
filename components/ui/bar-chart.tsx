type Bar = { label: string; value: number };

/**
 * Horizontal bars with the same figures in a table. The bars are hidden from screen readers,
 * which read the table instead, and every bar carries its number as text (not colour alone).
 */
export function BarChart({ title, bars, valueHeading }: { title: string; bars: Bar[]; valueHeading: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="mb-10">
      <figcaption className="font-bold text-lg mb-3">{title}</figcaption>
      <div aria-hidden="true" className="mb-4 max-w-2xl">
        {bars.map((bar) => (
          <div key={bar.label} className="flex items-center gap-3 mb-2">
            <span className="w-44 shrink-0">{bar.label}</span>
            <div className="flex-1 bg-panel h-6">
              <div className="bg-brand h-6" style={{ width: `${(bar.value / max) * 100}%` }} />
            </div>
            <span className="w-12 shrink-0 text-right">{bar.value}</span>
          </div>
        ))}
      </div>
      <table className="w-full border-collapse max-w-2xl">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="py-2 pr-4">{title}</th>
            <th scope="col" className="py-2 text-right">{valueHeading}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label} className="border-b border-border">
              <th scope="row" className="py-2 pr-4 text-left font-normal">{bar.label}</th>
              <td className="py-2 text-right">{bar.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
