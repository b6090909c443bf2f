import Link from "next/link";
import type { StatementOption } from "@/lib/evidence/criteria";
import type { EvidenceFilters as Filters } from "@/lib/evidence/filters";
import { EVIDENCE_TYPES, TYPE_LABELS } from "@/lib/evidence/labels";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

/** Narrows the library by type and by statement. A plain GET form: it works without JavaScript. */
export function EvidenceFilters({ slug, filters, statements }: { slug: string; filters: Filters; statements: StatementOption[] }) {
  const active = filters.type !== undefined || filters.statement !== undefined;
  return (
    <form method="get" action={`/organisations/${slug}/evidence`} aria-label="Filter evidence" className="bg-panel p-4 mb-6">
      <div className="flex flex-wrap gap-x-6 items-end">
        <Select
          id="filter-type"
          name="type"
          label="Type"
          defaultValue={filters.type ?? ""}
          options={[{ value: "", label: "All types" }, ...EVIDENCE_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }))]}
        />
        <Select
          id="filter-statement"
          name="statement"
          label="Supports statement"
          defaultValue={filters.statement ? String(filters.statement) : ""}
          options={[{ value: "", label: "Any statement" }, ...statements.map((s) => ({ value: String(s.number), label: `${s.number}. ${truncate(s.text)}` }))]}
          className="max-w-md"
        />
        <Button type="submit" variant="secondary">Apply filters</Button>
      </div>
      {active ? <p className="mb-0"><Link href={`/organisations/${slug}/evidence`}>Clear filters</Link></p> : null}
    </form>
  );
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
