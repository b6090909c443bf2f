import { describe, expect, it } from "vitest";
import { checkHours, earningsPast, figuresInForce, findLimitNotices, limitsForWeek, type PermittedWorkFigures } from "@/lib/payments/limits";
import { earningsPence, taxYearTotals, weeklyTotals, type PaymentFacts } from "@/lib/payments/totals";

const ESA_2024: PermittedWorkFigures = { effectiveFrom: "2024-04-06", weeklyMinutes: 960, weeklyEarningsPence: 18_350 };
const ESA_2026: PermittedWorkFigures = { effectiveFrom: "2026-04-06", weeklyMinutes: 960, weeklyEarningsPence: 19_550 };
const HISTORY = [ESA_2026, ESA_2024];

let n = 0;
const pay = (workedOn: string, hours: number, feePounds: number, extra: Partial<PaymentFacts> = {}): PaymentFacts => ({
  visitId: `v${++n}`,
  workedOn,
  minutesWorked: hours * 60,
  feePence: feePounds * 100,
  expensesPence: 0,
  method: "BANK_TRANSFER",
  ...extra,
});

describe("what counts as earnings", () => {
  it("counts the fee, never the expenses, and a declined fee as nothing", () => {
    expect(earningsPence({ feePence: 12_000, method: "BANK_TRANSFER" })).toBe(12_000);
    expect(earningsPence({ feePence: 12_000, method: "VOUCHER" })).toBe(12_000);
    expect(earningsPence({ feePence: 12_000, method: "CHARITY" })).toBe(12_000);
    // Even if a declined payment somehow held a fee, it is not paid, so it is not earned.
    expect(earningsPence({ feePence: 12_000, method: "DECLINED" })).toBe(0);
    const [week] = weeklyTotals([pay("2026-12-08", 6, 120, { expensesPence: 4_000 }), pay("2026-12-09", 2, 50, { method: "DECLINED", expensesPence: 1_000 })]);
    expect(week).toMatchObject({ start: "2026-12-07", minutes: 480, earningsPence: 12_000 + 0, expensesPence: 5_000, visits: 2 });
  });
});

describe("totals per week and per tax year", () => {
  it("groups by Monday-to-Sunday weeks and 6 April tax years, newest first", () => {
    const payments = [pay("2026-04-05", 5, 100), pay("2026-04-06", 4, 80), pay("2026-04-12", 3, 60), pay("2026-04-13", 2, 40)];
    expect(weeklyTotals(payments).map((w) => [w.start, w.minutes, w.earningsPence])).toEqual([
      ["2026-04-13", 120, 4_000],
      ["2026-04-06", 420, 14_000],
      ["2026-03-30", 300, 10_000],
    ]);
    expect(taxYearTotals(payments).map((y) => [y.label, y.visits, y.earningsPence])).toEqual([
      ["2026 to 2027", 3, 18_000],
      ["2025 to 2026", 1, 10_000],
    ]);
  });
});

describe("the figures in force", () => {
  it("are the newest set starting on or before the date", () => {
    expect(figuresInForce(HISTORY, "2024-04-05")).toBeNull();
    expect(figuresInForce(HISTORY, "2024-04-06")).toBe(ESA_2024);
    expect(figuresInForce(HISTORY, "2026-04-05")).toBe(ESA_2024);
    expect(figuresInForce(HISTORY, "2026-04-06")).toBe(ESA_2026);
  });

  it("apply to a week from its Monday, so a change mid-week waits for the next week", () => {
    const watching = { mode: "PERMITTED_WORK" as const, ownWeeklyMinutes: null, ownWeeklyEarningsPence: null };
    // 6 April 2026 is a Monday; the week before started 30 March.
    expect(limitsForWeek(watching, HISTORY, "2026-03-30")).toEqual({ minutes: 960, earningsPence: 18_350 });
    expect(limitsForWeek(watching, HISTORY, "2026-04-06")).toEqual({ minutes: 960, earningsPence: 19_550 });
    expect(limitsForWeek(watching, [], "2026-04-06")).toBeNull();
  });

  it("follow the assessor's choice: none, the permitted-work figures, or their own", () => {
    expect(limitsForWeek({ mode: "NONE", ownWeeklyMinutes: 600, ownWeeklyEarningsPence: 100 }, HISTORY, "2026-12-07")).toBeNull();
    expect(limitsForWeek({ mode: "OWN", ownWeeklyMinutes: 600, ownWeeklyEarningsPence: null }, HISTORY, "2026-12-07")).toEqual({ minutes: 600, earningsPence: null });
    expect(limitsForWeek({ mode: "OWN", ownWeeklyMinutes: null, ownWeeklyEarningsPence: null }, HISTORY, "2026-12-07")).toBeNull();
  });
});

describe("the boundaries", () => {
  it("under 16 hours means 16 hours reaches the limit and a minute less does not", () => {
    expect(checkHours(959, 960)).toBe("UNDER");
    expect(checkHours(960, 960)).toBe("AT");
    expect(checkHours(961, 960)).toBe("PAST");
    expect(checkHours(10_000, null)).toBe("UNDER");
  });

  it("earning exactly the cap is within it; a penny more is past it", () => {
    expect(earningsPast(19_550, 19_550)).toBe(false);
    expect(earningsPast(19_551, 19_550)).toBe(true);
    expect(earningsPast(1_000_000, null)).toBe(false);
  });
});

describe("findLimitNotices", () => {
  const esa = (monday: string) => limitsForWeek({ mode: "PERMITTED_WORK", ownWeeklyMinutes: null, ownWeeklyEarningsPence: null }, HISTORY, monday);

  it("names the visit that takes the week to the limit, with the running total then", () => {
    const a = pay("2026-12-08", 9, 90);
    const b = pay("2026-12-14", 8, 80); // the next Monday: a different week
    const c = pay("2026-12-10", 8, 80);
    const notices = findLimitNotices([a, b, c], esa);
    expect(notices).toEqual([{ kind: "HOURS", weekStart: "2026-12-07", visitId: c.visitId, visitDate: "2026-12-10", total: 1_020, limit: 960, reached: "PAST" }]);
  });

  it("gives one notice per week and kind, for hours exactly at the limit and earnings past the cap", () => {
    const notices = findLimitNotices([pay("2026-12-08", 8, 100), pay("2026-12-09", 8, 100), pay("2026-12-11", 1, 10)], esa);
    expect(notices.map((x) => [x.kind, x.reached, x.total])).toEqual([
      ["HOURS", "AT", 960],
      ["EARNINGS", "PAST", 20_000],
    ]);
  });

  it("stays quiet at the cap, for expenses, and for a declined fee", () => {
    expect(findLimitNotices([pay("2026-12-08", 15, 195.5)], esa)).toEqual([]);
    expect(findLimitNotices([pay("2026-12-08", 15, 100, { expensesPence: 50_000 })], esa)).toEqual([]);
    expect(findLimitNotices([pay("2026-12-08", 10, 0, { method: "DECLINED" }), pay("2026-12-09", 5, 195.5)], esa)).toEqual([]);
  });

  it("says nothing when no limits are watched", () => {
    expect(findLimitNotices([pay("2026-12-08", 20, 500)], () => null)).toEqual([]);
  });

  it("orders notices newest week first", () => {
    const notices = findLimitNotices([pay("2026-11-02", 17, 10), pay("2026-12-08", 17, 10)], esa);
    expect(notices.map((x) => x.weekStart)).toEqual(["2026-12-07", "2026-11-02"]);
  });
});
