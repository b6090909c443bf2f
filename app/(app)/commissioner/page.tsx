import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { loadRegisterPage } from "@/lib/register/register-page";
import { registerSearchParams } from "@/lib/register/register-query";
import { RegisterView } from "@/components/register/register-view";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "The register" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CommissionerRegisterPage({ searchParams }: Props) {
  await requireRole("COMMISSIONER");
  const data = await loadRegisterPage(await searchParams);
  const csvQuery = data.ok ? registerSearchParams({ ...data.query, page: 1 }).toString() : "";
  return (
    <>
      <h1>The register</h1>
      <p className="text-xl">Check a provider&apos;s coproduction level before you commission: the award it holds today, and what it rests on.</p>
      <RegisterView data={data} basePath="/commissioner" hrefFor={(entry) => `/commissioner/organisations/${entry.slug}`} selectForm="compare-form" />
      {data.ok && data.results.total > 0 ? (
        <>
          <form id="compare-form" method="get" action="/commissioner/compare" className="mb-6">
            <p className="text-muted">Tick two to four organisations in the table to see them side by side.</p>
            <Button type="submit" variant="secondary">Compare the ticked organisations</Button>
          </form>
          <p>
            <Link href={`/commissioner/register.csv${csvQuery ? `?${csvQuery}` : ""}`} download>
              Download these results as a spreadsheet (CSV)
            </Link>
          </p>
        </>
      ) : null}
      <h2>For your own systems</h2>
      <p>
        <Link href="/commissioner/api-keys">API keys</Link>: read the register from your own systems with the{" "}
        <Link href="/api-docs">read-only JSON API</Link>.
      </p>
    </>
  );
}
