import Link from "next/link";
import type { RegisterEntry } from "@/lib/register/list-register";
import { registerSearchParams } from "@/lib/register/register-query";
import type { RegisterPageData } from "@/lib/register/register-page";
import { RegisterFilters } from "@/components/register/register-filters";
import { RegisterTable } from "@/components/register/register-table";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Pagination } from "@/components/ui/pagination";

type Props = { data: RegisterPageData; basePath: string; hrefFor: (entry: RegisterEntry) => string | null; selectForm?: string };

/** The register's search form, results and pages, shared by the public and commissioners' pages. */
export function RegisterView({ data, basePath, hrefFor, selectForm }: Props) {
  if (!data.ok) {
    const errors = Object.fromEntries(data.problems.map((p) => [p.param, p.message]));
    return (
      <>
        <ErrorSummary errors={data.problems.map((p) => ({ field: p.param, message: p.message }))} />
        <RegisterFilters action={basePath} filters={{}} areas={data.areas} errors={errors} />
        <p>
          <Link href={basePath}>Show the whole register</Link>
        </p>
      </>
    );
  }
  const { query, results } = data;
  const pageHref = (page: number) => {
    const search = registerSearchParams({ ...query, page }).toString();
    return search ? `${basePath}?${search}` : basePath;
  };
  const from = (results.page - 1) * 25 + 1;
  const caption =
    results.total === 0
      ? "No organisations match"
      : results.entries.length === results.total
        ? `${results.total} ${results.total === 1 ? "organisation" : "organisations"}`
        : `Organisations ${from} to ${from + results.entries.length - 1} of ${results.total}`;
  return (
    <>
      <RegisterFilters action={basePath} filters={query} areas={data.areas} />
      <p role="status" className="font-bold">{caption}</p>
      {results.entries.length > 0 ? (
        <RegisterTable entries={results.entries} caption={caption} hrefFor={hrefFor} {...(selectForm ? { selectForm } : {})} />
      ) : (
        <p>Try a shorter name or fewer filters.</p>
      )}
      <Pagination page={results.page} pageCount={results.pageCount} hrefFor={pageHref} label="Pages of the register" />
    </>
  );
}
