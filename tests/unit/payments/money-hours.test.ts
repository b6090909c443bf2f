import { describe, expect, it } from "vitest";
import { formatPence, parseAmount, penceToInput, penceToPlain, MAX_PENCE } from "@/lib/payments/money";
import { formatDecimalHours, formatMinutes, minutesToDecimalHours, parseHours } from "@/lib/payments/hours";

describe("money", () => {
  it("formats pence as pounds with thousands and two decimal places", () => {
    expect(formatPence(123_450)).toBe("£1,234.50");
    expect(formatPence(4_500)).toBe("£45.00");
    expect(formatPence(5)).toBe("£0.05");
    expect(formatPence(0)).toBe("£0.00");
    expect(penceToPlain(123_450)).toBe("1234.50");
    expect(penceToPlain(7)).toBe("0.07");
    expect(penceToInput(null)).toBe("");
    expect(penceToInput(19_550)).toBe("195.50");
  });

  it("reads amounts people type, with or without a pound sign, pence or thousands commas", () => {
    expect(parseAmount("£45", "Fee")).toEqual({ ok: true, pence: 4_500 });
    expect(parseAmount("45.00", "Fee")).toEqual({ ok: true, pence: 4_500 });
    expect(parseAmount("45.5", "Fee")).toEqual({ ok: true, pence: 4_550 });
    expect(parseAmount(" 0.07 ", "Fee")).toEqual({ ok: true, pence: 7 });
    expect(parseAmount("£1,234.50", "Fee")).toEqual({ ok: true, pence: 123_450 });
    expect(parseAmount("0", "Fee")).toEqual({ ok: true, pence: 0 });
    // 0.1 + 0.2 style sums never creep in: whole pence from the digits.
    expect(parseAmount("19.99", "Fee")).toEqual({ ok: true, pence: 1_999 });
  });

  it("refuses negatives, a third decimal place, words and misplaced commas with a clear message", () => {
    expect(parseAmount("-45", "Fee")).toEqual({ ok: false, message: "Fee must be £0 or more" });
    expect(parseAmount("£-45", "Fee")).toEqual({ ok: false, message: "Fee must be £0 or more" });
    expect(parseAmount("45.505", "Fee")).toEqual({ ok: false, message: "Fee must be in pounds and pence, with no more than 2 numbers after the point, like 45.50" });
    expect(parseAmount("forty", "Fee")).toEqual({ ok: false, message: "Fee must be an amount of money, like 45 or 45.50" });
    expect(parseAmount("1,23", "Fee").ok).toBe(false);
    expect(parseAmount("45.", "Fee").ok).toBe(false);
    expect(parseAmount("4e3", "Fee").ok).toBe(false);
    expect(parseAmount("", "Expenses")).toEqual({ ok: false, message: "Enter the expenses" });
  });

  it("refuses amounts above the most any field takes", () => {
    expect(parseAmount("100000", "Fee")).toEqual({ ok: true, pence: MAX_PENCE });
    expect(parseAmount("100000.01", "Fee")).toEqual({ ok: false, message: "Fee must be £100,000.00 or less" });
    expect(parseAmount("99999999999999999999", "Fee").ok).toBe(false);
  });
});

describe("hours", () => {
  it("reads minutes as hours and minutes, or as decimal hours", () => {
    expect(formatMinutes(210)).toBe("3 hours 30 minutes");
    expect(formatMinutes(60)).toBe("1 hour");
    expect(formatMinutes(61)).toBe("1 hour 1 minute");
    expect(formatMinutes(45)).toBe("45 minutes");
    expect(formatMinutes(0)).toBe("0 hours");
    expect(formatDecimalHours(210)).toBe("3.5 hours");
    expect(formatDecimalHours(60)).toBe("1 hour");
    expect(minutesToDecimalHours(200)).toBe("3.33");
    expect(minutesToDecimalHours(960)).toBe("16");
  });

  it("reads hours typed as a number into whole minutes", () => {
    expect(parseHours("3.5", "Hours worked")).toEqual({ ok: true, minutes: 210 });
    expect(parseHours("3", "Hours worked")).toEqual({ ok: true, minutes: 180 });
    expect(parseHours("0.25", "Hours worked")).toEqual({ ok: true, minutes: 15 });
    expect(parseHours("3.33", "Hours worked")).toEqual({ ok: true, minutes: 200 });
    expect(parseHours("0", "Hours worked")).toEqual({ ok: true, minutes: 0 });
    expect(parseHours("24", "Hours worked")).toEqual({ ok: true, minutes: 1440 });
  });

  it("refuses negatives, a third decimal place, words and more than a day", () => {
    expect(parseHours("-1", "Hours worked")).toEqual({ ok: false, message: "Hours worked must be 0 or more" });
    expect(parseHours("3.125", "Hours worked")).toEqual({ ok: false, message: "Hours worked must have no more than 2 numbers after the point, like 3.5" });
    expect(parseHours("three", "Hours worked")).toEqual({ ok: false, message: "Hours worked must be a number of hours, like 3 or 3.5" });
    expect(parseHours("3:30", "Hours worked").ok).toBe(false);
    expect(parseHours("", "Hours worked")).toEqual({ ok: false, message: "Enter the hours worked" });
    expect(parseHours("24.01", "Hours worked")).toEqual({ ok: false, message: "Hours worked must be 24 or fewer" });
  });
});
