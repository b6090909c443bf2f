import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import type { VisitStatus } from "@/generated/prisma/enums";
import { dbDateToIso, todayInLondon, type IsoDate } from "@/lib/dates";
import { assertPaymentsAdmin } from "@/lib/payments/access";
import { paymentStatus, type PaymentStatus } from "@/lib/payments/labels";

export type VisitForPayment = {
  visitId: string;
  scheduledFor: IsoDate;
  organisationName: string;
  visitStatus: VisitStatus;
  assessors: { userId: string; name: string; isLead: boolean; status: PaymentStatus }[];
};

/** Every visit, newest first, with each assessor's payment status: the scheme admin's list. */
export async function listVisitsForPayment(actor: Actor, options: { today?: IsoDate } = {}): Promise<VisitForPayment[]> {
  assertPaymentsAdmin(actor);
  const today = options.today ?? todayInLondon();
  const visits = await db().visit.findMany({
    orderBy: [{ scheduledFor: "desc" }, { id: "asc" }],
    select: {
      id: true,
      scheduledFor: true,
      status: true,
      organisation: { select: { name: true } },
      assessors: { orderBy: { isLead: "desc" }, select: { isLead: true, user: { select: { id: true, name: true } } } },
      payments: { select: { assessorUserId: true, feePence: true, expensesPence: true, paidAt: true } },
    },
  });
  return visits.map((v) => {
    const date = dbDateToIso(v.scheduledFor);
    return {
      visitId: v.id,
      scheduledFor: date,
      organisationName: v.organisation.name,
      visitStatus: v.status,
      assessors: v.assessors.map((a) => {
        const p = v.payments.find((x) => x.assessorUserId === a.user.id);
        return { userId: a.user.id, name: a.user.name, isLead: a.isLead, status: paymentStatus(p ? { feePence: p.feePence, expensesPence: p.expensesPence, paid: p.paidAt !== null } : null, date, today) };
      }),
    };
  });
}
