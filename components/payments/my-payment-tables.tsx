import type { MyPayment, MyWeek } from "@/lib/payments/list-my-payments";
import type { PeriodTotals } from "@/lib/payments/totals";
import { formatIsoDate } from "@/lib/dates";
import { formatMinutes } from "@/lib/payments/hours";
import { formatPence } from "@/lib/payments/money";
import { METHOD_LABELS } from "@/lib/payments/labels";
import { Tag } from "@/components/ui/tag";

const th = "py-2 pr-4";
const num = "py-2 pr-4 text-right tabular-nums";

function paidCell(p: MyPayment) {
  if (p.paidOn) return `Paid on ${formatIsoDate(p.paidOn)}`;
  if (p.feePence + p.expensesPence === 0) return "Nothing to pay";
  return p.upcoming ? "Planned, for a visit still to come" : "Not paid yet";
}

/** Each visit's payment, newest first. */
export function MyPaymentsTable({ payments }: { payments: MyPayment[] }) {
  return (
    <table className="w-full border-collapse mb-8">
      <caption className="text-left text-xl font-bold mb-2">Each visit</caption>
      <thead>
        <tr className="border-b-2 border-ink text-left">
          <th scope="col" className={th}>Date</th>
          <th scope="col" className={th}>Organisation</th>
          <th scope="col" className={`${th} text-right`}>Fee</th>
          <th scope="col" className={th}>Hours</th>
          <th scope="col" className={`${th} text-right`}>Expenses</th>
          <th scope="col" className={th}>How you are paid</th>
          <th scope="col" className="py-2">Paid</th>
        </tr>
      </thead>
      <tbody>
        {payments.map((p) => (
          <tr key={p.visitId} className="border-b border-border align-top">
            <th scope="row" className={`${th} text-left font-normal`}>{formatIsoDate(p.workedOn)}</th>
            <td className={th}>{p.organisationName}</td>
            <td className={num}>{formatPence(p.feePence)}</td>
            <td className={th}>{formatMinutes(p.minutesWorked)}</td>
            <td className={num}>{formatPence(p.expensesPence)}</td>
            <td className={th}>
              {METHOD_LABELS[p.method]}
              {p.method === "CHARITY" && p.charityName ? <span className="block text-muted">{p.charityName}</span> : null}
            </td>
            <td className="py-2">{paidCell(p)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function limitTag(w: MyWeek) {
  if (w.hours === "PAST" || w.earningsPast) return <Tag tone="yellow">Past your limit</Tag>;
  if (w.hours === "AT") return <Tag tone="yellow">At your hours limit</Tag>;
  return w.limits ? "Within your limits" : "";
}

/** Hours, earnings and expenses for each week with work in it. */
export function MyWeeksTable({ weeks, watching }: { weeks: MyWeek[]; watching: boolean }) {
  return (
    <table className="w-full border-collapse mb-8">
      <caption className="text-left text-xl font-bold mb-2">Each week (Monday to Sunday)</caption>
      <thead>
        <tr className="border-b-2 border-ink text-left">
          <th scope="col" className={th}>Week</th>
          <th scope="col" className={th}>Hours</th>
          <th scope="col" className={`${th} text-right`}>Earnings</th>
          <th scope="col" className={`${th} text-right`}>Expenses</th>
          {watching ? <th scope="col" className="py-2">Your limits</th> : null}
        </tr>
      </thead>
      <tbody>
        {weeks.map((w) => (
          <tr key={w.start} className="border-b border-border align-top">
            <th scope="row" className={`${th} text-left font-normal`}>{w.label}</th>
            <td className={th}>{formatMinutes(w.minutes)}</td>
            <td className={num}>{formatPence(w.earningsPence)}</td>
            <td className={num}>{formatPence(w.expensesPence)}</td>
            {watching ? <td className="py-2">{limitTag(w)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Totals for each tax year (6 April to 5 April). */
export function MyTaxYearsTable({ years }: { years: PeriodTotals[] }) {
  return (
    <table className="w-full border-collapse mb-8">
      <caption className="text-left text-xl font-bold mb-2">Each tax year (6 April to 5 April)</caption>
      <thead>
        <tr className="border-b-2 border-ink text-left">
          <th scope="col" className={th}>Tax year</th>
          <th scope="col" className={`${th} text-right`}>Visits</th>
          <th scope="col" className={th}>Hours</th>
          <th scope="col" className={`${th} text-right`}>Earnings</th>
          <th scope="col" className="py-2 text-right">Expenses</th>
        </tr>
      </thead>
      <tbody>
        {years.map((y) => (
          <tr key={y.start} className="border-b border-border align-top">
            <th scope="row" className={`${th} text-left font-normal`}>{y.label}</th>
            <td className={num}>{y.visits}</td>
            <td className={th}>{formatMinutes(y.minutes)}</td>
            <td className={num}>{formatPence(y.earningsPence)}</td>
            <td className="py-2 text-right tabular-nums">{formatPence(y.expensesPence)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
