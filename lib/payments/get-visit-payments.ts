import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import type { PaymentMethod, VisitStatus } from "@/generated/prisma/enums";
import { notFound } from "@/lib/errors";
import { dbDateToIso, todayInLondon, type IsoDate } from "@/lib/dates";
import { assertPaymentsAdmin } from "@/lib/payments/access";
import { paymentStatus, type PaymentStatus } from "@/lib/payments/labels";
import { weekSentences } from "@/lib/payments/notice-text";
import { loadWeekContext } from "@/lib/payments/week-context";

export type RecordedPayment = { feePence: number; minutesWorked: number; expensesPence: number; method: PaymentMethod; charityName: string; paidOn: IsoDate | null };

export type AssessorPayment = {
  userId: string;
  name: string;
  isLead: boolean;
  preferredPayment: PaymentMethod | null;
  preferredCharity: string;
  payment: RecordedPayment | null;
  status: PaymentStatus;
  /** Where this visit's week stands against the limits the assessor asked us to watch. */
  notices: string[];
};

export type VisitPayments = { visitId: string; scheduledFor: IsoDate; organisationName: string; visitStatus: VisitStatus; assessors: AssessorPayment[] };

/** One visit's two assessors with their payments, for the scheme admin. */
export async function getVisitPayments(actor: Actor, visitId: string, options: { today?: IsoDate } = {}): Promise<VisitPayments> {
  assertPaymentsAdmin(actor);
  const today = options.today ?? todayInLondon();
  const visit = await db().visit.findUnique({
    where: { id: String(visitId) },
    select: {
      id: true,
      scheduledFor: true,
      status: true,
      organisation: { select: { name: true } },
      assessors: { orderBy: { isLead: "desc" }, select: { isLead: true, user: { select: { id: true, name: true, assessorProfile: { select: { preferredPayment: true, preferredCharity: true } } } } } },
      payments: { select: { assessorUserId: true, feePence: true, minutesWorked: true, expensesPence: true, method: true, charityName: true, paidAt: true } },
    },
  });
  if (!visit) throw notFound("visit");
  const date = dbDateToIso(visit.scheduledFor);
  const assessors = await Promise.all(
    visit.assessors.map(async ({ isLead, user }): Promise<AssessorPayment> => {
      const p = visit.payments.find((x) => x.assessorUserId === user.id);
      const payment = p ? { feePence: p.feePence, minutesWorked: p.minutesWorked, expensesPence: p.expensesPence, method: p.method, charityName: p.charityName, paidOn: p.paidAt ? todayInLondon(p.paidAt) : null } : null;
      let notices: string[] = [];
      if (payment) {
        const week = await loadWeekContext(db(), user.id, date);
        notices = weekSentences(week.others, week.limits, user.name, false);
      }
      return {
        userId: user.id,
        name: user.name,
        isLead,
        preferredPayment: user.assessorProfile?.preferredPayment ?? null,
        preferredCharity: user.assessorProfile?.preferredCharity ?? "",
        payment,
        status: paymentStatus(payment ? { feePence: payment.feePence, expensesPence: payment.expensesPence, paid: payment.paidOn !== null } : null, date, today),
        notices,
      };
    }),
  );
  return { visitId: visit.id, scheduledFor: date, organisationName: visit.organisation.name, visitStatus: visit.status, assessors };
}
