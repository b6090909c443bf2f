import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { orNotFound } from "@/lib/access/or-not-found";
import { getPaymentForm } from "@/lib/payments/get-payment-form";
import { formatIsoDate } from "@/lib/dates";
import { PaymentForm } from "@/components/payments/payment-form";
import { recordPaymentAction } from "../../../../actions";

export const metadata: Metadata = { title: "Record a payment" };

export default async function RecordPaymentPage({ params }: { params: Promise<{ visitId: string; userId: string }> }) {
  const actor = await requireRole("SCHEME_ADMIN");
  const { visitId, userId } = await params;
  const view = await orNotFound(getPaymentForm(actor, visitId, userId));
  const { assignment: a } = view;
  const back = `/admin/payments/visits/${a.visitId}`;
  return (
    <>
      <Link href={back} className="inline-block mb-4">Back to the visit&apos;s payments</Link>
      <span className="text-muted text-xl block mb-1">{a.organisationName}, {formatIsoDate(a.scheduledFor)}</span>
      <h1>{view.recorded ? "Change" : "Record"} {a.assessorName}&apos;s payment</h1>
      {view.paid ? (
        <p>
          This payment is marked as paid, so it cannot be changed. If something needs correcting, <Link href={back}>mark it as not paid</Link> first.
        </p>
      ) : (
        <PaymentForm action={recordPaymentAction.bind(null, a.visitId, a.assessorUserId)} defaults={view.defaults} assessorName={a.assessorName} week={{ others: view.week.others, limits: view.week.limits }} />
      )}
    </>
  );
}
