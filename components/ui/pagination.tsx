import Link from "next/link";

type Props = { page: number; pageCount: number; hrefFor: (page: number) => string; label: string };

/** GOV.UK pagination: previous and next, and the pages around the current one. */
export function Pagination({ page, pageCount, hrefFor, label }: Props) {
  if (pageCount <= 1) return null;
  const around = [...new Set([1, page - 1, page, page + 1, pageCount])].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  return (
    <nav aria-label={label} className="mb-8">
      <ul className="flex flex-wrap gap-4 list-none p-0 m-0 items-center">
        {page > 1 ? <li><Link href={hrefFor(page - 1)} rel="prev">Previous<span className="sr-only"> page</span></Link></li> : null}
        {around.map((p, i) => (
          <li key={p} className="flex gap-4">
            {i > 0 && p - around[i - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            {p === page ? (
              <span aria-current="page" className="font-bold">{p}</span>
            ) : (
              <Link href={hrefFor(p)} aria-label={`Page ${p}`}>{p}</Link>
            )}
          </li>
        ))}
        {page < pageCount ? <li><Link href={hrefFor(page + 1)} rel="next">Next<span className="sr-only"> page</span></Link></li> : null}
      </ul>
    </nav>
  );
}
