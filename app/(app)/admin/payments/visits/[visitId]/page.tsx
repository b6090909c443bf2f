import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { orNotFound } from "@/lib/access/or-not-found";
import { getVisitPayments } from "@/lib/payments/get-visit-payments";
import { formatIsoDate } from "@/lib/dates";
import { AssessorPaymentSection } from "@/components/payments/assessor-payment-section";
import { SuccessBanner } from "@/components/ui/success-banner";
import { markNotPaidAction, markPaidAction } from "../../actions";

export const metadata: Metadata = { title: "Payments for a visit" };

type Search = { saved?: string; paid?: string; unpaid?: string };

export default async function VisitPaymentsPage({ params, searchParams }: { params: Promise<{ visitId: string }>; searchParams: Promise<Search> }) {
  const actor = await requireRole("SCHEME_ADMIN");
  const [{ visitId }, search] = await Promise.all([params, searchParams]);
  const visit = await orNotFound(getVisitPayments(actor, visitId));
  const nameOf = (userId: string | undefined) => visit.assessors.find((a) => a.userId === userId)?.name;
  const done = nameOf(search.saved)
    ? `${nameOf(search.saved)}'s payment has been saved.`
    : nameOf(search.paid)
      ? `${nameOf(search.paid)}'s payment is marked as paid.`
      : nameOf(search.unpaid)
        ? `${nameOf(search.unpaid)}'s payment is marked as not paid. You can now change it.`
        : null;
  return (
    <>
      <Link href="/admin/payments" className="inline-block mb-4">Back to payments</Link>
      <span className="text-muted text-xl block mb-1">Payments</span>
      <h1>{visit.organisationName}, {formatIsoDate(visit.scheduledFor)}</h1>
      {done ? <SuccessBanner><p className="mb-0 font-bold">{done}</p></SuccessBanner> : null}
      {visit.assessors.map((a) => (
        <AssessorPaymentSection
          key={a.userId}
          visitId={visit.visitId}
          assessor={a}
          markPaid={markPaidAction.bind(null, visit.visitId, a.userId)}
          markNotPaid={markNotPaidAction.bind(null, visit.visitId, a.userId)}
        />
      ))}
    </>
  );
}
