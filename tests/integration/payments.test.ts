// Paying Experts by Experience on a real database: recording, changing and marking payments paid
// with their audit entries, the limits notice for the assessor and the admin, the assessor's own
// settings, the permitted-work figures, the CSV export, and that nobody else reaches any of it.
// Visits are made directly in far-off weeks, so the demo's payments (dated from today) never share
// a week with them.
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { recordPayment } from "@/lib/payments/record-payment";
import { markNotPaid, markPaid } from "@/lib/payments/mark-paid";
import { getPaymentForm } from "@/lib/payments/get-payment-form";
import { getVisitPayments } from "@/lib/payments/get-visit-payments";
import { listVisitsForPayment } from "@/lib/payments/list-visits";
import { listMyPayments } from "@/lib/payments/list-my-payments";
import { getPaymentSettings, updatePaymentSettings } from "@/lib/payments/payment-settings";
import { addPermittedWorkFigures, listPermittedWorkFigures } from "@/lib/payments/permitted-work";
import { exportPaymentsCsv } from "@/lib/payments/export-payments";
import { seedDemoAssessors } from "@/lib/seed/demo-assessors";
import { seedDemoPayments } from "@/lib/seed/demo-payments";
import { formatIsoDate, todayInLondon } from "@/lib/dates";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();
const TODAY = "2026-11-23";
const DAWN = "assessor.one@demo.test";
const MARCUS = "assessor.two@demo.test";
const SAM = "assessor.three@demo.test";
const admin = () => app.actorFor("scheme.admin@demo.test");
const userId = async (email: string) => (await app.actorFor(email)).userId;
const OUTSIDERS = ["admin@northside-mind.demo.test", "member@northside-mind.demo.test", "commissioner@demo.test"];

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** A visit straight in the tables: its request's content does not matter here. */
async function visit(slug: string, date: string, lead: string, co: string): Promise<string> {
  const organisation = await app.prisma.organisation.findUniqueOrThrow({ where: { slug } });
  const framework = await app.prisma.frameworkVersion.findFirstOrThrow({ where: { status: "PUBLISHED" } });
  const request = await app.prisma.assessmentRequest.create({ data: { organisationId: organisation.id, frameworkVersionId: framework.id, rulesVersion: 1, snapshot: {}, selfAssessedLevel: 1, status: "ASSIGNED" } });
  const created = await app.prisma.visit.create({
    data: { assessmentRequestId: request.id, organisationId: organisation.id, scheduledFor: new Date(`${date}T00:00:00Z`), assessors: { create: [{ userId: await userId(lead), isLead: true }, { userId: await userId(co), isLead: false }] } },
  });
  return created.id;
}

const payment = (visitId: string, email: string) => userId(email).then((id) => app.prisma.visitPayment.findUnique({ where: { visitId_assessorUserId: { visitId, assessorUserId: id } } }));
const auditFor = (visitId: string, id: string) => app.prisma.auditEvent.findMany({ where: { entityType: "VisitPayment", entityId: `${visitId}:${id}` }, orderBy: { id: "asc" } });
const snapshotCounts = async () => ({ payments: await app.prisma.visitPayment.findMany({ orderBy: [{ visitId: "asc" }, { assessorUserId: "asc" }] }), audit: await app.prisma.auditEvent.count(), limits: await app.prisma.permittedWorkLimit.count(), profiles: await app.prisma.assessorProfile.findMany({ orderBy: { userId: "asc" } }) });

// A Wednesday and the Friday of one week in 2031, a past week in 2020, and one for Sam.
let future = "";
let sameWeek = "";
let past = "";
let samVisit = "";

beforeAll(async () => {
  const organisations = new Map((await app.prisma.organisation.findMany({ select: { slug: true, id: true } })).map((o) => [o.slug, o.id]));
  const users = new Map((await app.prisma.user.findMany({ select: { email: true, id: true } })).map((u) => [u.email, u.id]));
  if ((await app.prisma.assessorProfile.count()) === 0) await seedDemoAssessors(app.prisma, { organisations, users });
  // Until the demo seed loads payments itself, load them here: figures, settings and payments.
  if ((await app.prisma.permittedWorkLimit.count()) === 0) await seedDemoPayments(app.prisma, { organisations, users });
  const scheme = await app.prisma.organisation.findUniqueOrThrow({ where: { slug: "leeds-coproduction-quality-mark" } });
  await app.prisma.user.create({ data: { email: SAM, name: "Sam Price", memberships: { create: { organisationId: scheme.id, role: "ASSESSOR" } } } });
  future = await visit("northside-mind", "2031-03-12", DAWN, MARCUS);
  sameWeek = await visit("harbour-recovery", "2031-03-14", DAWN, MARCUS);
  past = await visit("elm-house", "2020-06-03", DAWN, MARCUS);
  samVisit = await visit("harbour-recovery", "2020-06-04", DAWN, SAM);
});

describe("the demo payments", () => {
  it("pays both assessors for the demo's finished visits, leaves the latest to pay, and shows Marcus his notice", async () => {
    const closed = await app.prisma.visit.findMany({ where: { status: "CLOSED", organisation: { slug: { in: ["elm-house", "riverside-peer-support"] } } }, select: { id: true, payments: true } });
    expect(closed.length).toBeGreaterThanOrEqual(2);
    for (const v of closed) {
      expect(v.payments).toHaveLength(2);
      expect(v.payments.every((p) => p.paidAt !== null && p.feePence > 0)).toBe(true);
    }
    const today = todayInLondon();
    const marcus = await listMyPayments(await app.actorFor(MARCUS), { today });
    const aire = marcus.payments.find((p) => p.organisationName === "Aire Valley Carers Centre");
    expect(aire).toMatchObject({ feePence: 14_000, paidOn: null });
    expect(marcus.notices.map((n) => n.sentence)).toContain(`Your visit on ${formatIsoDate(aire?.workedOn ?? "")} took your earnings in that week to £140.00, past the £120.00 weekly limit you asked us to watch.`);
    expect((await listMyPayments(await app.actorFor(DAWN), { today })).notices).toEqual([]);
  });
});

describe("recording a payment", () => {
  it("starts from the assessor's usual way of being paid and records a planned payment ahead of the visit", async () => {
    const form = await getPaymentForm(await admin(), future, await userId(DAWN));
    expect(form.defaults).toEqual({ hours: "", fee: "", expenses: "", method: "BANK_TRANSFER", charityName: "" });
    expect(form.recorded).toBe(false);
    expect(await recordPayment(await admin(), future, await userId(DAWN), { hours: "9", fee: "£150", expenses: "", method: "BANK_TRANSFER" })).toEqual({ created: true });
    const saved = await payment(future, DAWN);
    expect(saved).toMatchObject({ feePence: 15_000, minutesWorked: 540, expensesPence: 0, method: "BANK_TRANSFER", charityName: "", paidAt: null, recordedById: (await admin()).userId });
    expect(saved?.workedOn.toISOString()).toBe("2031-03-12T00:00:00.000Z");
    const [entry, ...rest] = await auditFor(future, await userId(DAWN));
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ action: "payment.recorded", actorUserId: (await admin()).userId, organisationId: null, before: null, after: { feePence: 15_000, minutesWorked: 540, expensesPence: 0, method: "BANK_TRANSFER" } });
    const row = (await listVisitsForPayment(await admin(), { today: TODAY })).find((v) => v.visitId === future);
    expect(row?.assessors.map((a) => [a.name, a.isLead, a.status])).toEqual([["Dawn Hughes", true, "PLANNED"], ["Marcus Bell", false, "NOT_RECORDED"]]);
  });

  it("changes it with before and after in the audit; a declined fee is £0 and the expenses are still repaid", async () => {
    expect(await recordPayment(await admin(), future, await userId(MARCUS), { hours: "6", fee: "120", expenses: "12.40", method: "DECLINED" })).toEqual({ created: true });
    expect(await payment(future, MARCUS)).toMatchObject({ feePence: 0, expensesPence: 1_240, method: "DECLINED" });
    await recordPayment(await admin(), future, await userId(MARCUS), { hours: "6.5", fee: "120", expenses: "12.40", method: "CHARITY", charityName: "Leeds Mind" });
    expect(await payment(future, MARCUS)).toMatchObject({ feePence: 12_000, minutesWorked: 390, method: "CHARITY", charityName: "Leeds Mind" });
    const entries = await auditFor(future, await userId(MARCUS));
    expect(entries.map((e) => e.action)).toEqual(["payment.recorded", "payment.changed"]);
    expect(entries[1]?.before).toEqual({ feePence: 0, minutesWorked: 360, expensesPence: 1_240, method: "DECLINED" });
    expect(entries[1]?.after).toEqual({ feePence: 12_000, minutesWorked: 390, expensesPence: 1_240, method: "CHARITY" });
    // The charity's name is free text: it stays in its own table.
    expect(JSON.stringify(entries.map((e) => [e.before, e.after]))).not.toContain("Leeds Mind");
  });

  it("refuses bad input beside each field and changes nothing", async () => {
    const before = await snapshotCounts();
    const error = await rejection(recordPayment(await admin(), past, await userId(DAWN), { hours: "three", fee: "-5", expenses: "1.234", method: "CHARITY", charityName: "" }));
    expect(error.kind).toBe("INVALID");
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["charityName", "expenses", "fee", "hours"]);
    expect(await snapshotCounts()).toEqual(before);
  });

  it("two admins saving at once leave one payment, with both saves in the history", async () => {
    const dawn = await userId(DAWN);
    const results = await Promise.all([
      recordPayment(await admin(), sameWeek, dawn, { hours: "7", fee: "140", method: "BANK_TRANSFER" }),
      recordPayment(await admin(), sameWeek, dawn, { hours: "7", fee: "140", method: "BANK_TRANSFER" }),
    ]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(await app.prisma.visitPayment.count({ where: { visitId: sameWeek, assessorUserId: dawn } })).toBe(1);
    expect((await auditFor(sameWeek, dawn)).map((e) => e.action)).toEqual(["payment.recorded", "payment.changed"]);
  });
});

describe("marking a payment paid", () => {
  it("waits until the visit has happened", async () => {
    const error = await rejection(markPaid(await admin(), future, await userId(DAWN), { today: TODAY }));
    expect(error).toMatchObject({ kind: "CONFLICT", message: "This visit has not happened yet. You can mark the payment as paid once it has." });
    expect((await payment(future, DAWN))?.paidAt).toBeNull();
  });

  it("marks a past visit's payment paid, then refuses changes until it is marked not paid", async () => {
    const dawn = await userId(DAWN);
    await recordPayment(await admin(), past, dawn, { hours: "6", fee: "120", expenses: "8.20", method: "BANK_TRANSFER" });
    // Half past eleven at night UTC in summer is already the next day in London.
    const now = new Date("2026-06-30T23:30:00Z");
    await markPaid(await admin(), past, dawn, { today: TODAY, now });
    expect((await payment(past, DAWN))?.paidAt?.toISOString()).toBe(now.toISOString());
    expect((await getVisitPayments(await admin(), past, { today: TODAY })).assessors[0]).toMatchObject({ name: "Dawn Hughes", status: "PAID", payment: { paidOn: "2026-07-01" } });
    expect((await rejection(recordPayment(await admin(), past, dawn, { hours: "1", fee: "1", method: "VOUCHER" }))).kind).toBe("CONFLICT");
    expect((await rejection(markPaid(await admin(), past, dawn, { today: TODAY }))).message).toBe("This payment is already marked as paid.");
    expect((await payment(past, DAWN))?.feePence).toBe(12_000);
    await markNotPaid(await admin(), past, dawn, { today: TODAY });
    await recordPayment(await admin(), past, dawn, { hours: "6", fee: "125", expenses: "8.20", method: "BANK_TRANSFER" });
    expect(await payment(past, DAWN)).toMatchObject({ feePence: 12_500, paidAt: null });
    expect((await auditFor(past, dawn)).map((e) => [e.action, e.after])).toEqual([
      ["payment.recorded", { feePence: 12_000, minutesWorked: 360, expensesPence: 820, method: "BANK_TRANSFER" }],
      ["payment.paid", { paid: true }],
      ["payment.unpaid", { paid: false }],
      ["payment.changed", { feePence: 12_500, minutesWorked: 360, expensesPence: 820, method: "BANK_TRANSFER" }],
    ]);
  });

  it("has nothing to pay for a declined fee with no expenses", async () => {
    await recordPayment(await admin(), past, await userId(MARCUS), { hours: "6", fee: "", method: "DECLINED" });
    expect((await getVisitPayments(await admin(), past, { today: TODAY })).assessors[1]?.status).toBe("NOTHING_TO_PAY");
    expect((await rejection(markPaid(await admin(), past, await userId(MARCUS), { today: TODAY }))).message).toBe("There is nothing to pay: the fee was declined and there are no expenses.");
  });
});

describe("the limits notice", () => {
  it("tells Dawn, who watches the permitted-work limits, when a planned visit takes her week to 16 hours", async () => {
    const dawn = await app.actorFor(DAWN);
    // 9 hours on Wednesday are saved; Friday's 7 hours make 16: "under 16 hours" is reached.
    const form = await getPaymentForm(await admin(), sameWeek, dawn.userId);
    expect(form.week).toEqual({ weekStart: "2031-03-10", others: { minutes: 540, earningsPence: 15_000 }, limits: { minutes: 960, earningsPence: 19_550 } });
    const mine = await listMyPayments(dawn, { today: TODAY });
    expect(mine.notices).toContainEqual({
      sentence: "Your visit on 14 March 2031 would take you to 16 hours in that week, reaching the 16-hour limit you asked us to watch.",
      advice: "You may want to talk to a welfare-rights adviser before the visit.",
      visitDate: "2031-03-14",
    });
    expect(mine.notices).toContainEqual({
      sentence: "Your visit on 14 March 2031 would take your earnings in that week to £290.00, past the £195.50 weekly limit you asked us to watch.",
      advice: "You may want to talk to a welfare-rights adviser before the visit.",
      visitDate: "2031-03-14",
    });
    expect(mine.weeks.find((w) => w.start === "2031-03-10")).toMatchObject({ minutes: 960, earningsPence: 29_000, hours: "AT", earningsPast: true });
    const view = await getVisitPayments(await admin(), sameWeek, { today: TODAY });
    expect(view.assessors.find((a) => a.name === "Dawn Hughes")?.notices).toEqual([
      "Dawn Hughes's work in the week of this visit comes to 16 hours, reaching the 16-hour limit they asked us to watch.",
      "Dawn Hughes's earnings in the week of this visit come to £290.00, past the £195.50 weekly limit they asked us to watch.",
    ]);
  });

  it("says nothing to someone who watches no limits, however long the week", async () => {
    const marcus = await app.actorFor(MARCUS);
    await updatePaymentSettings(marcus, { preferredPayment: "VOUCHER", limitMode: "NONE" });
    await recordPayment(await admin(), sameWeek, marcus.userId, { hours: "20", fee: "400", method: "VOUCHER" });
    expect((await listMyPayments(marcus, { today: TODAY })).notices).toEqual([]);
    expect((await getVisitPayments(await admin(), sameWeek, { today: TODAY })).assessors.find((a) => a.name === "Marcus Bell")?.notices).toEqual([]);
    // With his own figure of 20 hours, that week reaches it.
    await updatePaymentSettings(marcus, { preferredPayment: "VOUCHER", limitMode: "OWN", ownHours: "20" });
    expect((await listMyPayments(marcus, { today: TODAY })).notices.map((n) => n.sentence)).toEqual([
      "Your visit on 14 March 2031 would take you to 26 hours 30 minutes in that week, past the 20-hour limit you asked us to watch.",
    ]);
  });
});

describe("the assessor's own payments and settings", () => {
  it("lists only their own payments, with weekly and tax-year totals", async () => {
    await recordPayment(await admin(), samVisit, await userId(SAM), { hours: "5", fee: "100", expenses: "3", method: "VOUCHER" });
    await recordPayment(await admin(), samVisit, await userId(DAWN), { hours: "5", fee: "100", method: "BANK_TRANSFER" });
    const sam = await listMyPayments(await app.actorFor(SAM), { today: TODAY });
    expect(sam.payments.map((p) => [p.organisationName, p.workedOn, p.feePence, p.expensesPence, p.method, p.paidOn, p.upcoming])).toEqual([["Harbour Recovery", "2020-06-04", 10_000, 300, "VOUCHER", null, false]]);
    expect(sam.weeks.map((w) => [w.start, w.minutes, w.earningsPence, w.expensesPence])).toEqual([["2020-06-01", 300, 10_000, 300]]);
    expect(sam.taxYears.map((y) => [y.label, y.visits])).toEqual([["2020 to 2021", 1]]);
    const marcus = await listMyPayments(await app.actorFor(MARCUS), { today: TODAY });
    expect(marcus.payments.map((p) => p.visitId)).not.toContain(samVisit);
    const dawn = await listMyPayments(await app.actorFor(DAWN), { today: TODAY });
    expect(dawn.payments.filter((p) => p.workedOn === "2020-06-01" || p.visitId === samVisit || p.visitId === past).map((p) => p.workedOn)).toEqual(["2020-06-04", "2020-06-03"]);
    // Dawn's 2020 week has no permitted-work figures yet (they start in 2024): nothing to watch.
    expect(dawn.weeks.find((w) => w.start === "2020-06-01")).toMatchObject({ minutes: 660, limits: null, hours: "UNDER" });
  });

  it("saves the assessor's own choices, audited without saying what they chose", async () => {
    const sam = await app.actorFor(SAM);
    await updatePaymentSettings(sam, { preferredPayment: "CHARITY", preferredCharity: "Touchstone", limitMode: "PERMITTED_WORK", ownHours: "12" });
    expect(await getPaymentSettings(sam, { today: TODAY })).toEqual({
      preferredPayment: "CHARITY",
      preferredCharity: "Touchstone",
      limitMode: "PERMITTED_WORK",
      ownWeeklyMinutes: null,
      ownWeeklyEarningsPence: null,
      permittedWork: { effectiveFrom: "2026-04-06", weeklyMinutes: 960, weeklyEarningsPence: 19_550 },
    });
    const entry = await app.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "AssessorProfile", entityId: sam.userId }, orderBy: { id: "desc" } });
    expect(entry).toMatchObject({ action: "payment.settings.changed", actorUserId: sam.userId, before: null, after: null });
    const before = await snapshotCounts();
    expect((await rejection(updatePaymentSettings(sam, { preferredPayment: "CASH", limitMode: "OWN" }))).kind).toBe("INVALID");
    expect(await snapshotCounts()).toEqual(before);
  });
});

describe("the permitted-work figures", () => {
  it("adds figures from a date, replaces a date's figures to correct a slip, and marks the ones in force", async () => {
    expect(await addPermittedWorkFigures(await admin(), { fromDay: "7", fromMonth: "4", fromYear: "2031", hours: "16", earnings: "205" })).toEqual({ replaced: false });
    expect(await addPermittedWorkFigures(await admin(), { fromDay: "7", fromMonth: "4", fromYear: "2031", hours: "16", earnings: "210.50", note: "Corrected" })).toEqual({ replaced: true });
    const figures = await listPermittedWorkFigures(await admin(), { today: TODAY });
    expect(figures.map((f) => [f.effectiveFrom, f.weeklyEarningsPence, f.inForce])).toEqual([
      ["2031-04-07", 21_050, false],
      ["2026-04-06", 19_550, true],
      ["2024-04-06", 18_350, false],
    ]);
    expect(figures[0]).toMatchObject({ note: "Corrected", setBy: "Priya Shah" });
    const entries = await app.prisma.auditEvent.findMany({ where: { entityType: "PermittedWorkLimit", entityId: figures[0]?.id }, orderBy: { id: "asc" } });
    expect(entries.map((e) => [e.action, e.before, e.after])).toEqual([
      ["payment.limits.added", null, { effectiveFrom: "2031-04-07", weeklyMinutes: 960, weeklyEarningsPence: 20_500 }],
      ["payment.limits.replaced", { effectiveFrom: "2031-04-07", weeklyMinutes: 960, weeklyEarningsPence: 20_500 }, { effectiveFrom: "2031-04-07", weeklyMinutes: 960, weeklyEarningsPence: 21_050 }],
    ]);
    expect((await rejection(addPermittedWorkFigures(await admin(), { fromDay: "31", fromMonth: "2", fromYear: "2031", hours: "16", earnings: "1" }))).fieldErrors.effectiveFrom).toEqual(["Date the figures apply from must be a real date"]);
  });
});

describe("the CSV export", () => {
  it("lists the payments for visits in the dates, spreadsheet-safe", async () => {
    const marcus = await userId(MARCUS);
    await recordPayment(await admin(), sameWeek, marcus, { hours: "20", fee: "400", method: "CHARITY", charityName: "=HYPERLINK(\"http://x.example\")" });
    const { filename, csv } = await exportPaymentsCsv(await admin(), { from: "2031-03-10", to: "2031-03-16" });
    expect(filename).toBe("payments-2031-03-10-to-2031-03-16.csv");
    expect(csv.startsWith("\uFEFFVisit date,Assessor name,Assessor email,Organisation,Fee (£),Hours,Expenses (£),How paid,Charity,Paid on\r\n")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Visit date,Assessor name,Assessor email,Organisation,Fee (£),Hours,Expenses (£),How paid,Charity,Paid on",
      "2031-03-12,Dawn Hughes,assessor.one@demo.test,Northside Mind,150.00,9,0.00,Bank payment,,",
      "2031-03-12,Marcus Bell,assessor.two@demo.test,Northside Mind,120.00,6.5,12.40,Given to a charity,Leeds Mind,",
      "2031-03-14,Dawn Hughes,assessor.one@demo.test,Harbour Recovery,140.00,7,0.00,Bank payment,,",
      "2031-03-14,Marcus Bell,assessor.two@demo.test,Harbour Recovery,400.00,20,0.00,Given to a charity,\"'=HYPERLINK(\"\"http://x.example\"\")\",",
      "",
    ]);
    const paid = await exportPaymentsCsv(await admin(), { from: "2020-06-03", to: "2020-06-03" });
    expect(paid.csv).toContain("2020-06-03,Marcus Bell,assessor.two@demo.test,Elm House,0.00,6,0.00,Fee declined,,");
    expect((await rejection(exportPaymentsCsv(await admin(), { from: "2031-03-16", to: "2031-03-10" }))).kind).toBe("INVALID");
    expect((await rejection(exportPaymentsCsv(await admin(), { from: "yesterday" }))).kind).toBe("INVALID");
  });
});

describe("isolation", () => {
  it("gives assessors, organisation staff and commissioners NOT_FOUND for every admin service, and changes nothing", async () => {
    const before = await snapshotCounts();
    const dawnId = await userId(DAWN);
    for (const email of [DAWN, MARCUS, ...OUTSIDERS]) {
      const actor = await app.actorFor(email);
      const attempts: Promise<unknown>[] = [
        listVisitsForPayment(actor),
        getVisitPayments(actor, future),
        getPaymentForm(actor, future, dawnId),
        recordPayment(actor, future, dawnId, { hours: "1", fee: "1", method: "VOUCHER" }),
        markPaid(actor, past, dawnId, { today: TODAY }),
        markNotPaid(actor, past, dawnId, { today: TODAY }),
        exportPaymentsCsv(actor, { from: "2020-01-01", to: "2031-12-31" }),
        listPermittedWorkFigures(actor),
        addPermittedWorkFigures(actor, { fromDay: "1", fromMonth: "1", fromYear: "2032", hours: "1", earnings: "1" }),
      ];
      for (const attempt of attempts) expect((await rejection(attempt)).kind).toBe("NOT_FOUND");
    }
    expect(await snapshotCounts()).toEqual(before);
  });

  it("gives anyone but an assessor NOT_FOUND for the assessor's pages, and changes nothing", async () => {
    const before = await snapshotCounts();
    for (const email of ["scheme.admin@demo.test", ...OUTSIDERS]) {
      const actor = await app.actorFor(email);
      expect((await rejection(listMyPayments(actor))).kind).toBe("NOT_FOUND");
      expect((await rejection(getPaymentSettings(actor))).kind).toBe("NOT_FOUND");
      expect((await rejection(updatePaymentSettings(actor, { preferredPayment: "VOUCHER", limitMode: "NONE" }))).kind).toBe("NOT_FOUND");
    }
    expect(await snapshotCounts()).toEqual(before);
  });

  it("treats crafted ids as not found: no visit, someone not on the visit, no payment", async () => {
    const before = await snapshotCounts();
    const values = { hours: "1", fee: "1", method: "VOUCHER" };
    const orgAdmin = await userId("admin@northside-mind.demo.test");
    expect((await rejection(recordPayment(await admin(), "crafted-id", await userId(DAWN), values))).kind).toBe("NOT_FOUND");
    expect((await rejection(recordPayment(await admin(), future, orgAdmin, values))).kind).toBe("NOT_FOUND");
    expect((await rejection(recordPayment(await admin(), future, await userId(SAM), values))).kind).toBe("NOT_FOUND");
    expect((await rejection(getPaymentForm(await admin(), future, await userId(SAM)))).kind).toBe("NOT_FOUND");
    expect((await rejection(getVisitPayments(await admin(), "crafted-id"))).kind).toBe("NOT_FOUND");
    expect((await rejection(markPaid(await admin(), past, await userId(SAM), { today: TODAY }))).kind).toBe("NOT_FOUND");
    expect((await rejection(markNotPaid(await admin(), "' OR 1=1 --", await userId(DAWN)))).kind).toBe("NOT_FOUND");
    expect(await snapshotCounts()).toEqual(before);
  });
});
