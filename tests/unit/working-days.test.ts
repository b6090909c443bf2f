import { describe, expect, it } from "vitest";
import { addWorkingDays, BANK_HOLIDAYS_ENGLAND_AND_WALES, isWorkingDay } from "@/lib/working-days";

describe("working days in England and Wales", () => {
  it("counts Monday to Friday, not the start day itself", () => {
    // Monday 9 November 2026 + 4 working days is Friday 13 November.
    expect(addWorkingDays("2026-11-09", 4)).toBe("2026-11-13");
    expect(addWorkingDays("2026-11-09", 1)).toBe("2026-11-10");
    expect(addWorkingDays("2026-11-09", 0)).toBe("2026-11-09");
  });

  it("skips weekends", () => {
    // Friday + 1 is the following Monday; sent on a Saturday, the first working day is Monday.
    expect(addWorkingDays("2026-11-13", 1)).toBe("2026-11-16");
    expect(addWorkingDays("2026-11-14", 1)).toBe("2026-11-16");
    // Ten working days from a Monday is the Monday two weeks later.
    expect(addWorkingDays("2026-11-09", 10)).toBe("2026-11-23");
  });

  it("skips bank holidays, including substitute days at Christmas", () => {
    // Thursday 24 December 2026: Friday 25th and Monday 28th (Boxing Day's substitute) are holidays.
    expect(addWorkingDays("2026-12-24", 1)).toBe("2026-12-29");
    // Ten working days from Monday 21 December 2026 also skip 1 January 2027.
    expect(addWorkingDays("2026-12-21", 10)).toBe("2027-01-07");
    // Easter 2027: Good Friday 26 March and Easter Monday 29 March.
    expect(addWorkingDays("2027-03-25", 1)).toBe("2027-03-30");
    // Christmas 2027 falls at a weekend, so Monday 27 and Tuesday 28 December are the holidays.
    expect(addWorkingDays("2027-12-24", 1)).toBe("2027-12-29");
    // New Year's Day 2028 is a Saturday; Monday 3 January is its substitute.
    expect(addWorkingDays("2027-12-31", 1)).toBe("2028-01-04");
  });

  it("says which days are working days", () => {
    expect(isWorkingDay("2025-08-25")).toBe(false); // summer bank holiday
    expect(isWorkingDay("2026-05-04")).toBe(false); // early May bank holiday
    expect(isWorkingDay("2026-11-21")).toBe(false); // Saturday
    expect(isWorkingDay("2026-11-23")).toBe(true);
  });

  it("holds only weekdays in the holiday table, eight a year for 2025 to 2028", () => {
    for (const date of BANK_HOLIDAYS_ENGLAND_AND_WALES) {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      expect(weekday, date).not.toBe(0);
      expect(weekday, date).not.toBe(6);
    }
    for (const year of ["2025", "2026", "2027", "2028"]) {
      expect([...BANK_HOLIDAYS_ENGLAND_AND_WALES].filter((d) => d.startsWith(year)), year).toHaveLength(8);
    }
  });

  it("skips only weekends beyond the table", () => {
    // Christmas Day 2029 is a Tuesday; without a table entry it counts as a working day.
    expect(addWorkingDays("2029-12-24", 1)).toBe("2029-12-25");
    expect(addWorkingDays("2029-12-28", 1)).toBe("2029-12-31");
  });

  it("refuses nonsense rather than guessing", () => {
    expect(() => addWorkingDays("2026-02-30", 1)).toThrow();
    expect(() => addWorkingDays("26/11/2026", 1)).toThrow();
    expect(() => addWorkingDays("2026-11-09", -1)).toThrow();
    expect(() => addWorkingDays("2026-11-09", 1.5)).toThrow();
  });
});
