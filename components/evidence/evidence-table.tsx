import Link from "next/link";
import type { EvidenceRow } from "@/lib/evidence/list-evidence";
import { KIND_LABELS, SOURCE_LABELS, TYPE_LABELS } from "@/lib/evidence/labels";
import { formatDate } from "@/lib/evidence/dates";

/** The library as a table: what each item is, whose voice it is, when, and how much it supports. */
export function EvidenceTable({ slug, items, caption }: { slug: string; items: EvidenceRow[]; caption: string }) {
  return (
    <table className="w-full border-collapse mb-8">
      <caption className="text-left text-xl font-bold mb-2">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-ink text-left align-bottom">
          <th scope="col" className="py-2 pr-4">Title</th>
          <th scope="col" className="py-2 pr-4">Type</th>
          <th scope="col" className="py-2 pr-4">Comes from</th>
          <th scope="col" className="py-2 pr-4">Date</th>
          <th scope="col" className="py-2 text-right">Criteria it supports</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} className="border-b border-border align-top">
            <td className="py-2 pr-4">
              <Link href={`/organisations/${slug}/evidence/${item.id}`}>{item.title}</Link>
              <span className="block text-muted text-base">{KIND_LABELS[item.kind]}</span>
            </td>
            <td className="py-2 pr-4">{TYPE_LABELS[item.type]}</td>
            <td className="py-2 pr-4">{SOURCE_LABELS[item.source]}</td>
            <td className="py-2 pr-4 whitespace-nowrap">{formatDate(item.evidenceDate)}</td>
            <td className="py-2 text-right">{item.criteriaCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
