import { describe, expect, it } from "vitest";
import { z } from "zod";
import { exportRangeSchema, limitSchema, paymentSchema, settingsSchema } from "@/lib/payments/schemas";
import { paymentStatus } from "@/lib/payments/labels";

const errors = (result: { success: boolean; error?: z.ZodError }) => (result.error ? z.flattenError(result.error).fieldErrors : {});

describe("the payment form", () => {
  it("reads hours, fee and expenses, with blank expenses as none", () => {
    expect(paymentSchema.parse({ hours: "6.5", fee: "£130", expenses: "", method: "BANK_TRANSFER", charityName: "ignored" })).toEqual({
      minutesWorked: 390,
      feePence: 13_000,
      expensesPence: 0,
      method: "BANK_TRANSFER",
      charityName: "",
    });
  });

  it("stores a declined fee as £0 whatever was typed, and keeps the expenses", () => {
    expect(paymentSchema.parse({ hours: "6", fee: "not a number", expenses: "12.40", method: "DECLINED" })).toMatchObject({ feePence: 0, expensesPence: 1_240, method: "DECLINED" });
  });

  it("needs a charity's name when the fee goes to a charity", () => {
    expect(errors(paymentSchema.safeParse({ hours: "6", fee: "120", method: "CHARITY", charityName: "  " }))).toEqual({ charityName: ["Enter the name of the charity"] });
    expect(paymentSchema.parse({ hours: "6", fee: "120", method: "CHARITY", charityName: " Leeds Mind " }).charityName).toBe("Leeds Mind");
  });

  it("puts every problem beside its field, and refuses an unknown method", () => {
    expect(errors(paymentSchema.safeParse({ hours: "-2", fee: "12.345", expenses: "lots", method: "CASH" }))).toEqual({
      hours: ["Hours worked must be 0 or more"],
      fee: ["Fee must be in pounds and pence, with no more than 2 numbers after the point, like 45.50"],
      expenses: ["Expenses must be an amount of money, like 45 or 45.50"],
      method: ["Select how they will be paid"],
    });
    expect(errors(paymentSchema.safeParse({}))).toMatchObject({ hours: ["Enter the hours worked"], fee: ["Enter the fee"], method: ["Select how they will be paid"] });
  });
});

describe("the assessor's settings", () => {
  it("keeps their own figures only when they choose their own limits", () => {
    expect(settingsSchema.parse({ preferredPayment: "VOUCHER", limitMode: "OWN", ownHours: "10", ownEarnings: "120" })).toEqual({
      preferredPayment: "VOUCHER",
      preferredCharity: "",
      limitMode: "OWN",
      ownWeeklyMinutes: 600,
      ownWeeklyEarningsPence: 12_000,
    });
    expect(settingsSchema.parse({ preferredPayment: "BANK_TRANSFER", limitMode: "PERMITTED_WORK", ownHours: "10", ownEarnings: "120" })).toMatchObject({ ownWeeklyMinutes: null, ownWeeklyEarningsPence: null });
    expect(settingsSchema.parse({ preferredPayment: "DECLINED", limitMode: "OWN", ownEarnings: "120" })).toMatchObject({ ownWeeklyMinutes: null, ownWeeklyEarningsPence: 12_000 });
  });

  it("asks for at least one figure, hours above 0, and both questions answered", () => {
    expect(errors(settingsSchema.safeParse({ preferredPayment: "VOUCHER", limitMode: "OWN" }))).toEqual({ ownHours: ["Enter a number of hours, an amount of money, or both"] });
    expect(errors(settingsSchema.safeParse({ preferredPayment: "VOUCHER", limitMode: "OWN", ownHours: "0" }))).toEqual({ ownHours: ["Weekly hours must be more than 0"] });
    expect(errors(settingsSchema.safeParse({ preferredPayment: "VOUCHER", limitMode: "OWN", ownHours: "169" }))).toEqual({ ownHours: ["Weekly hours must be 168 or fewer"] });
    expect(errors(settingsSchema.safeParse({}))).toEqual({ preferredPayment: ["Select how you would like to be paid"], limitMode: ["Select whether you would like a notice about weekly limits"] });
    expect(errors(settingsSchema.safeParse({ preferredPayment: "CHARITY", limitMode: "NONE" }))).toEqual({ preferredCharity: ["Enter the name of the charity"] });
  });
});

describe("the permitted-work figures form", () => {
  it("reads a date, hours and earnings", () => {
    expect(limitSchema.parse({ fromDay: "6", fromMonth: "4", fromYear: "2027", hours: "16", earnings: "195.50", note: "GOV.UK" })).toEqual({
      effectiveFrom: "2027-04-06",
      weeklyMinutes: 960,
      weeklyEarningsPence: 19_550,
      note: "GOV.UK",
    });
  });

  it("refuses a date that is not real and an hours limit of nothing", () => {
    expect(errors(limitSchema.safeParse({ fromDay: "31", fromMonth: "4", fromYear: "2027", hours: "0", earnings: "-1" }))).toEqual({
      effectiveFrom: ["Date the figures apply from must be a real date"],
      hours: ["Hours limit must be more than 0"],
      earnings: ["Weekly earnings limit must be £0 or more"],
    });
  });
});

describe("the export's dates", () => {
  it("takes two real dates in order", () => {
    expect(exportRangeSchema.parse({ from: "2026-04-06", to: "2027-04-05" })).toEqual({ from: "2026-04-06", to: "2027-04-05" });
    expect(exportRangeSchema.safeParse({ from: "2026-02-30", to: "2027-04-05" }).success).toBe(false);
    expect(exportRangeSchema.safeParse({ from: "6/4/2026", to: "2027-04-05" }).success).toBe(false);
    expect(exportRangeSchema.safeParse({ from: "2027-04-06", to: "2027-04-05" }).success).toBe(false);
    expect(exportRangeSchema.safeParse({}).success).toBe(false);
  });
});

describe("payment status", () => {
  it("is a plan before the visit, due on and after its day, and paid once marked", () => {
    const p = { feePence: 100, expensesPence: 0, paid: false };
    expect(paymentStatus(null, "2026-12-08", "2026-12-01")).toBe("NOT_RECORDED");
    expect(paymentStatus(p, "2026-12-08", "2026-12-07")).toBe("PLANNED");
    expect(paymentStatus(p, "2026-12-08", "2026-12-08")).toBe("TO_PAY");
    expect(paymentStatus({ ...p, paid: true }, "2026-12-08", "2026-12-09")).toBe("PAID");
    expect(paymentStatus({ feePence: 0, expensesPence: 0, paid: false }, "2026-12-08", "2026-12-09")).toBe("NOTHING_TO_PAY");
  });
});
