import Link from "next/link";
import type { AssessorPayment } from "@/lib/payments/get-visit-payments";
import type { FormState } from "@/lib/actions/form-state";
import { formatIsoDate } from "@/lib/dates";
import { formatMinutes } from "@/lib/payments/hours";
import { formatPence } from "@/lib/payments/money";
import { METHOD_LABELS, STATUS_TAGS } from "@/lib/payments/labels";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { LimitsNotice } from "@/components/payments/limits-notice";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

type Props = { visitId: string; assessor: AssessorPayment; markPaid: Action; markNotPaid: Action };

/** One assessor's payment for a visit, with what the scheme admin can do next. */
export function AssessorPaymentSection({ visitId, assessor: a, markPaid, markNotPaid }: Props) {
  const p = a.payment;
  const preference = a.preferredPayment ? `${METHOD_LABELS[a.preferredPayment]}${a.preferredPayment === "CHARITY" && a.preferredCharity ? ` (${a.preferredCharity})` : ""}` : "Not told us yet";
  const rows = [
    { key: "Status", value: <Tag tone={STATUS_TAGS[a.status].tone}>{STATUS_TAGS[a.status].label}</Tag> },
    ...(p
      ? [
          { key: "Hours worked", value: formatMinutes(p.minutesWorked) },
          { key: "Fee", value: formatPence(p.feePence) },
          { key: "Expenses", value: formatPence(p.expensesPence) },
          { key: "How they are paid", value: `${METHOD_LABELS[p.method]}${p.method === "CHARITY" ? `: ${p.charityName}` : ""}` },
          ...(p.paidOn ? [{ key: "Paid on", value: formatIsoDate(p.paidOn) }] : []),
        ]
      : []),
    { key: "Their usual choice", value: preference },
  ];
  const formHref = `/admin/payments/visits/${visitId}/assessors/${a.userId}`;
  return (
    <section id={`assessor-${a.userId}`} aria-labelledby={`assessor-${a.userId}-name`} className="mb-10">
      <h2 id={`assessor-${a.userId}-name`}>
        {a.name}
        <span className="block text-lg font-normal text-muted">{a.isLead ? "Lead assessor" : "Co-assessor"}</span>
      </h2>
      <SummaryList rows={rows} />
      <LimitsNotice id={`limits-${a.userId}`} title="About the limits they asked us to watch" sentences={a.notices} footer="It is their choice how much to work. They see a notice like this on their own payments page." />
      {a.status === "PAID" ? (
        <ActionButtonForm action={markNotPaid} id={`unpaid-${a.userId}`} label={`Mark ${a.name}'s payment as not paid`} variant="secondary" />
      ) : (
        <div className="flex flex-wrap gap-4 items-start">
          <Link href={formHref} className="inline-block py-2 text-lg">{p ? `Change ${a.name}'s payment` : `Record ${a.name}'s payment`}</Link>
          {a.status === "TO_PAY" ? <ActionButtonForm action={markPaid} id={`paid-${a.userId}`} label={`Mark ${a.name}'s payment as paid`} /> : null}
        </div>
      )}
    </section>
  );
}
