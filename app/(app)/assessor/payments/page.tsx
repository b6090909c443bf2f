import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { listMyPayments } from "@/lib/payments/list-my-payments";
import { getPaymentSettings } from "@/lib/payments/payment-settings";
import { adviceSentence, watchedLimitsSentence } from "@/lib/payments/notice-text";
import { todayInLondon } from "@/lib/dates";
import { LimitsNotice } from "@/components/payments/limits-notice";
import { MyPaymentsTable, MyTaxYearsTable, MyWeeksTable } from "@/components/payments/my-payment-tables";
import { SuccessBanner } from "@/components/ui/success-banner";

export const metadata: Metadata = { title: "Your payments" };

export default async function MyPaymentsPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await requireRole("ASSESSOR");
  const today = todayInLondon();
  const [mine, settings, { saved }] = await Promise.all([listMyPayments(actor, { today }), getPaymentSettings(actor, { today }), searchParams]);
  const upcoming = mine.notices.some((n) => n.visitDate >= today);
  return (
    <>
      <Link href="/assessor" className="inline-block mb-4">Back to my assessments</Link>
      <h1>Your payments</h1>
      {saved === "settings" ? <SuccessBanner><p className="mb-0 font-bold">Your choices have been saved.</p></SuccessBanner> : null}
      <p>
        What you are paid for each visit, and your hours and earnings each week and each tax year. Expenses we repay are shown
        separately: they are not earnings.
      </p>
      <LimitsNotice
        id="limits-notice"
        title="About the weekly limits you asked us to watch"
        sentences={mine.notices.map((n) => n.sentence)}
        advice={mine.notices.length > 0 ? adviceSentence(upcoming) : undefined}
      />
      <p>
        {watchedLimitsSentence(settings, settings.permittedWork)}{" "}
        <Link href="/assessor/payments/settings">Change how you are paid or which limits we watch</Link>
      </p>
      {mine.payments.length === 0 ? (
        <p>There are no payments yet. When the scheme team records the payment for one of your visits, it will appear here.</p>
      ) : (
        <>
          <MyPaymentsTable payments={mine.payments} />
          <MyWeeksTable weeks={mine.weeks} watching={mine.settings.mode !== "NONE"} />
          <MyTaxYearsTable years={mine.taxYears} />
        </>
      )}
      <p>If anything here looks wrong, or you would like to be paid in a different way for a visit, just tell the scheme team.</p>
    </>
  );
}
