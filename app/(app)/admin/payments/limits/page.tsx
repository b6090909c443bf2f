import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { listPermittedWorkFigures } from "@/lib/payments/permitted-work";
import { formatIsoDate } from "@/lib/dates";
import { formatMinutes } from "@/lib/payments/hours";
import { formatPence } from "@/lib/payments/money";
import { Tag } from "@/components/ui/tag";
import { PermittedWorkForm } from "@/components/payments/permitted-work-form";
import { SuccessBanner } from "@/components/ui/success-banner";
import { addLimitsAction } from "../actions";

export const metadata: Metadata = { title: "Permitted-work figures" };

const DONE = { added: "The new figures have been saved.", replaced: "The figures for that date have been replaced." } as const;

export default async function PermittedWorkPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const actor = await requireRole("SCHEME_ADMIN");
  const [figures, { done }] = await Promise.all([listPermittedWorkFigures(actor), searchParams]);
  const message = done === "added" || done === "replaced" ? DONE[done] : null;
  return (
    <>
      <Link href="/admin/payments" className="inline-block mb-4">Back to payments</Link>
      <h1>Permitted-work figures</h1>
      {message ? <SuccessBanner><p className="mb-0 font-bold">{message}</p></SuccessBanner> : null}
      <p>
        Some assessors get benefits, such as Employment and Support Allowance, that allow only a little paid work each week. Assessors who
        ask us to watch the permitted-work limits get a notice when a visit would take them to these figures. The government changes them,
        usually each April: add the new figures from the date they apply, and earlier weeks keep the figures they had.
      </p>
      {figures.length === 0 ? (
        <p>No figures have been set yet.</p>
      ) : (
        <table className="w-full border-collapse mb-8">
          <caption className="text-left text-xl font-bold mb-2">Figures, newest first</caption>
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="py-2 pr-4">In force from</th>
              <th scope="col" className="py-2 pr-4">Hours</th>
              <th scope="col" className="py-2 pr-4 text-right">Earnings</th>
              <th scope="col" className="py-2 pr-4">Note</th>
              <th scope="col" className="py-2">Set by</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f.id} className="border-b border-border align-top">
                <th scope="row" className="py-2 pr-4 text-left font-normal">
                  {formatIsoDate(f.effectiveFrom)}
                  {f.inForce ? <span className="block"><Tag tone="green">In force today</Tag></span> : null}
                </th>
                <td className="py-2 pr-4">Under {formatMinutes(f.weeklyMinutes)} a week</td>
                <td className="py-2 pr-4 text-right tabular-nums">Up to {formatPence(f.weeklyEarningsPence)} a week</td>
                <td className="py-2 pr-4">{f.note}</td>
                <td className="py-2">{f.setBy ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Add figures</h2>
      <p>Figures for a date that already has some replace them.</p>
      <PermittedWorkForm action={addLimitsAction} />
    </>
  );
}
