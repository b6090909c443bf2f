import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { listVisitsForPayment } from "@/lib/payments/list-visits";
import { addDays, taxYearOf } from "@/lib/payments/periods";
import { todayInLondon } from "@/lib/dates";
import { VisitPaymentsTable } from "@/components/payments/visit-payments-table";

export const metadata: Metadata = { title: "Paying Experts by Experience" };

export default async function PaymentsAdminPage() {
  const actor = await requireRole("SCHEME_ADMIN");
  const today = todayInLondon();
  const visits = await listVisitsForPayment(actor, { today });
  const thisYear = taxYearOf(today);
  const lastYear = taxYearOf(addDays(thisYear.start, -1));
  const csv = (y: { start: string; end: string }) => `/admin/payments/export.csv?from=${y.start}&to=${y.end}`;
  return (
    <>
      <Link href="/admin" className="inline-block mb-4">Back to scheme administration</Link>
      <h1>Paying Experts by Experience</h1>
      <p>
        Record what each assessor is paid for a visit: the fee, the hours and their expenses, which are kept apart because repaid expenses are
        not earnings. You can record a planned payment before a visit, and mark it paid once it has happened.
      </p>
      <p>
        <Link href="/admin/payments/limits">Permitted-work figures</Link>: the weekly limits assessors can ask us to watch for them.
      </p>
      <h2>Download payments</h2>
      <ul className="list-disc pl-6 mb-8">
        <li><a href={csv(thisYear)} download>Payments for the {thisYear.label} tax year (CSV)</a></li>
        <li><a href={csv(lastYear)} download>Payments for the {lastYear.label} tax year (CSV)</a></li>
      </ul>
      {visits.length === 0 ? <p>There are no visits yet. Visits appear here once assessors are assigned to them.</p> : <VisitPaymentsTable visits={visits} />}
    </>
  );
}
