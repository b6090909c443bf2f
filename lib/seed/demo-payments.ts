// The demo's payments to Experts by Experience: the permitted-work figures, Dawn's and Marcus's
// choices, and what each was paid for the visits the award seed (demo-awards.ts) creates. Visits
// are found by organisation, so this tolerates a database without them (nothing to pay then).
// Marcus watches his own weekly earnings figure, and his latest visit goes past it, so the demo
// shows the gentle notice.
import type { PrismaClient } from "@/generated/prisma/client";
import type { PaymentMethod } from "@/generated/prisma/enums";
import { dbDateToIso, type IsoDate } from "@/lib/dates";
import { addDays } from "@/lib/payments/periods";

type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type DemoPaymentsContext = { organisations: Map<string, string>; users: Map<string, string> };

const DAWN = "assessor.one@demo.test";
const MARCUS = "assessor.two@demo.test";

/** The figures in force from each date. Under 16 hours is stored as 960 minutes. */
export const DEMO_PERMITTED_WORK = [
  { effectiveFrom: "2024-04-06", weeklyMinutes: 960, weeklyEarningsPence: 18_350, note: "ESA permitted work, from GOV.UK" },
  { effectiveFrom: "2026-04-06", weeklyMinutes: 960, weeklyEarningsPence: 19_550, note: "ESA permitted work, from GOV.UK" },
] as const;

type Planned = { minutes: number; feePence: number; expensesPence: number; method: PaymentMethod; charityName?: string };

/** What each assessor was paid, by organisation; `paid` visits were paid ten days after. */
const PAYMENTS: { slug: string; paid: boolean; byEmail: Record<string, Planned> }[] = [
  {
    slug: "elm-house",
    paid: true,
    byEmail: {
      [DAWN]: { minutes: 390, feePence: 13_000, expensesPence: 1_460, method: "BANK_TRANSFER" },
      [MARCUS]: { minutes: 360, feePence: 12_000, expensesPence: 980, method: "VOUCHER" },
    },
  },
  {
    slug: "riverside-peer-support",
    paid: true,
    byEmail: {
      [DAWN]: { minutes: 390, feePence: 13_000, expensesPence: 1_240, method: "BANK_TRANSFER" },
      [MARCUS]: { minutes: 360, feePence: 12_000, expensesPence: 980, method: "CHARITY", charityName: "Leeds Mind" },
    },
  },
  {
    slug: "aire-valley-carers",
    paid: false,
    byEmail: {
      [DAWN]: { minutes: 420, feePence: 14_000, expensesPence: 2_150, method: "BANK_TRANSFER" },
      [MARCUS]: { minutes: 420, feePence: 14_000, expensesPence: 980, method: "VOUCHER" },
    },
  },
];

const at = (date: IsoDate, hour: number) => new Date(`${date}T${String(hour).padStart(2, "0")}:00:00.000Z`);

export async function seedDemoPayments(tx: Tx, ctx: DemoPaymentsContext): Promise<void> {
  const need = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo payments name an unknown ${key}`);
    return id;
  };
  const admin = need(ctx.users, "scheme.admin@demo.test");
  for (const f of DEMO_PERMITTED_WORK) {
    await tx.permittedWorkLimit.create({ data: { effectiveFrom: new Date(`${f.effectiveFrom}T00:00:00.000Z`), weeklyMinutes: f.weeklyMinutes, weeklyEarningsPence: f.weeklyEarningsPence, note: f.note, setById: admin } });
  }
  const settings = [
    { userId: need(ctx.users, DAWN), data: { limitMode: "PERMITTED_WORK", preferredPayment: "BANK_TRANSFER" } },
    // Marcus gets Universal Credit, which has no permitted-work rule; he keeps his own budget.
    { userId: need(ctx.users, MARCUS), data: { limitMode: "OWN", ownWeeklyMinutes: 600, ownWeeklyEarningsPence: 12_000, preferredPayment: "VOUCHER" } },
  ] as const;
  for (const { userId, data } of settings) {
    await tx.assessorProfile.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  }

  for (const { slug, paid, byEmail } of PAYMENTS) {
    const organisationId = ctx.organisations.get(slug);
    if (!organisationId) continue;
    const visits = await tx.visit.findMany({ where: { organisationId }, select: { id: true, scheduledFor: true, assessors: { select: { userId: true } } } });
    for (const visit of visits) {
      const visitOn = dbDateToIso(visit.scheduledFor);
      for (const [email, p] of Object.entries(byEmail)) {
        const assessorUserId = need(ctx.users, email);
        if (!visit.assessors.some((a) => a.userId === assessorUserId)) continue;
        const paidAt = paid ? at(addDays(visitOn, 10), 10) : null;
        await tx.visitPayment.create({
          data: {
            visitId: visit.id, assessorUserId, workedOn: visit.scheduledFor, feePence: p.feePence, minutesWorked: p.minutes, expensesPence: p.expensesPence,
            method: p.method, charityName: p.charityName ?? "", paidAt, recordedById: admin,
          },
        });
        const entityId = `${visit.id}:${assessorUserId}`;
        const amounts = { feePence: p.feePence, minutesWorked: p.minutes, expensesPence: p.expensesPence, method: p.method };
        await tx.auditEvent.create({ data: { at: at(addDays(visitOn, 1), 11), actorUserId: admin, action: "payment.recorded", entityType: "VisitPayment", entityId, after: amounts } });
        if (paidAt) await tx.auditEvent.create({ data: { at: paidAt, actorUserId: admin, action: "payment.paid", entityType: "VisitPayment", entityId, before: { paid: false }, after: { paid: true } } });
      }
    }
  }
}
