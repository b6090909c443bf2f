import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/lib/access/or-not-found";
import { requireRole } from "@/lib/access/require-role";
import { formatIsoDate } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { compareProviders } from "@/lib/register/compare";
import type { ProviderProfile } from "@/lib/register/provider-profile";
import { levelLabel } from "@/components/scoring/statement-result-table";

export const metadata: Metadata = { title: "Compare organisations" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function overall(profile: ProviderProfile): string {
  if (profile.current) return profile.current.standing.label === "Current" ? `Level ${profile.current.level}` : `Level ${profile.current.level} (${profile.current.standing.label.toLowerCase()})`;
  return profile.assessedWithoutAward ? "Not yet level 1" : "No award";
}

export default async function ComparePage({ searchParams }: Props) {
  const actor = await requireRole("COMMISSIONER", "SCHEME_ADMIN");
  const raw = (await searchParams).org;
  const slugs = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  let profiles: ProviderProfile[];
  try {
    profiles = await orNotFound(compareProviders(actor, slugs));
  } catch (error) {
    if (!(error instanceof AppError) || error.kind !== "INVALID") throw error;
    return (
      <>
        <h1>Compare organisations</h1>
        <div role="alert" className="border-4 border-error p-4 mb-8">
          <h2 className="text-xl mt-0">There is a problem</h2>
          <p className="mb-0 font-bold text-error">{error.message}</p>
        </div>
        <p><Link href="/commissioner">Back to the register</Link> and tick the organisations you want to compare.</p>
      </>
    );
  }
  const statementNumbers = [1, 2, 3, 4, 5, 6];
  const statementText = new Map<number, string>();
  for (const p of profiles) for (const s of p.current?.snapshot.statements ?? []) if (!statementText.has(s.number)) statementText.set(s.number, s.text);
  return (
    <>
      <p><Link href="/commissioner">Back to the register</Link></p>
      <h1>Compare organisations</h1>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse mb-8">
          <caption className="text-left text-xl font-bold mb-2">{profiles.map((p) => p.organisation.name).join(", ")}, statement by statement</caption>
          <thead>
            <tr className="border-b-2 border-ink text-left align-bottom">
              <td className="py-2 pr-4" />
              {profiles.map((p) => (
                <th key={p.organisation.id} scope="col" className="py-2 pr-4">
                  <Link href={`/commissioner/organisations/${p.organisation.slug}`}>{p.organisation.name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="border-b-2 border-ink">
              <th scope="row" className="py-2 pr-4 text-left">Award</th>
              {profiles.map((p) => <td key={p.organisation.id} className="py-2 pr-4 font-bold">{overall(p)}</td>)}
            </tr>
            <tr className="border-b border-border">
              <th scope="row" className="py-2 pr-4 text-left">Expires on</th>
              {profiles.map((p) => <td key={p.organisation.id} className="py-2 pr-4">{p.current ? formatIsoDate(p.current.expiresOn) : "—"}</td>)}
            </tr>
            <tr className="border-b border-border">
              <th scope="row" className="py-2 pr-4 text-left">Area</th>
              {profiles.map((p) => <td key={p.organisation.id} className="py-2 pr-4">{p.organisation.area}</td>)}
            </tr>
            {statementNumbers.map((n) => (
              <tr key={n} className="border-b border-border align-top">
                <th scope="row" className="py-2 pr-4 text-left font-normal">
                  <span className="font-bold">Statement {n}</span>
                  {statementText.get(n) ? <span className="block text-muted">{statementText.get(n)}</span> : null}
                </th>
                {profiles.map((p) => {
                  const s = p.current?.snapshot.result.statements.find((r) => r.number === n);
                  return <td key={p.organisation.id} className="py-2 pr-4">{s ? levelLabel(s.level) : "—"}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-muted">Levels per statement come from each organisation&apos;s award in force, as the Experts by Experience found them on the visit.</p>
    </>
  );
}
