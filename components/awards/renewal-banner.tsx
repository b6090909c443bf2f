import Link from "next/link";

// Only criterion codes ("1.2.b") come through the address; anything else is ignored.
const codes = (list: string) => list.split(",").filter((code) => /^\d{1,2}\.\d\.[a-z]$/.test(code));

/** Says the renewal has started, and which criteria need a fresh look. */
export function RenewalBanner({ slug, notCarried, newCriteria }: { slug: string; notCarried: string; newCriteria: string }) {
  const lost = codes(notCarried);
  const added = codes(newCriteria);
  return (
    <div role="status" className="border-4 border-success p-4 mb-6">
      <p className="font-bold mb-1">Your renewal has started</p>
      <p className="mb-2">
        Your self-assessment now starts from your last one, with your answers and evidence. No statement is marked as ready yet.{" "}
        <Link href={`/organisations/${slug}/self-assessment`}>Go to your self-assessment</Link>
      </p>
      {lost.length > 0 ? <p>These criteria are no longer in the standard, so their answers and evidence links could not be carried over: {lost.join(", ")}.</p> : null}
      {added.length > 0 ? <p>These criteria are new in the standard and need answering: {added.join(", ")}.</p> : null}
      {lost.length === 0 && added.length === 0 ? <p>Everything was carried over.</p> : null}
    </div>
  );
}
