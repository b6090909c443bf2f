import Link from "next/link";
import { REGISTER_SORTS, SORT_LABELS, type RegisterFilters as Filters } from "@/lib/register/register-query";
import { SERVICE_KINDS } from "@/lib/organisations/service-kinds";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkboxes";
import { TextField } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

const LEVEL_OPTIONS = [
  { value: "", label: "Any level" },
  { value: "3", label: "Level 3" },
  { value: "2", label: "Level 2" },
  { value: "1", label: "Level 1" },
  { value: "not-yet", label: "Not yet level 1" },
  { value: "none", label: "No award" },
];

type Props = { action: string; filters: Partial<Filters>; areas: string[]; errors?: Record<string, string> };

/**
 * Search, filters and sort for the register. A plain GET form, so results can be bookmarked and
 * shared on a call, and it works without JavaScript. Field ids are the query parameters' names,
 * so the error summary links straight to the field at fault.
 */
export function RegisterFilters({ action, filters, areas, errors = {} }: Props) {
  const active = Boolean(filters.q || filters.level || filters.area || filters.service || filters.expiringSoon || (filters.sort && filters.sort !== "name"));
  return (
    <form method="get" action={action} aria-label="Search and filter the register" className="bg-panel p-4 mb-6">
      <TextField id="q" name="q" type="search" label="Organisation name" defaultValue={filters.q ?? ""} error={errors.q} className="max-w-md" />
      <div className="flex flex-wrap gap-x-6 items-end">
        <Select id="level" name="level" label="Level" defaultValue={filters.level ?? ""} error={errors.level} options={LEVEL_OPTIONS} />
        <Select id="area" name="area" label="Area" defaultValue={filters.area ?? ""} error={errors.area} options={[{ value: "", label: "Any area" }, ...areas.map((a) => ({ value: a, label: a }))]} />
        <Select
          id="service"
          name="service"
          label="Kind of service"
          defaultValue={filters.service ?? ""}
          error={errors.service}
          options={[{ value: "", label: "Any kind of service" }, ...SERVICE_KINDS.map((k) => ({ value: k, label: k }))]}
        />
        <Select id="sort" name="sort" label="Sort by" defaultValue={filters.sort ?? "name"} error={errors.sort} options={REGISTER_SORTS.map((s) => ({ value: s, label: SORT_LABELS[s] }))} />
      </div>
      <Checkbox id="expiringSoon" label="Only awards that expire within 90 days" inputProps={{ name: "expiringSoon", value: "true", defaultChecked: filters.expiringSoon === true }} />
      <div className="flex flex-wrap gap-x-6 items-center">
        <Button type="submit" variant="secondary">Show results</Button>
        {active ? <Link href={action}>Clear search and filters</Link> : null}
      </div>
    </form>
  );
}
