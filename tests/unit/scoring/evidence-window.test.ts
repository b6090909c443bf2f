import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { evidenceWindow } from "@/lib/scoring";
import { formatDate, isCalendarDate } from "@/lib/scoring/dates";
import { evidence, scoreSingle } from "./builders";

/** Whether accepted evidence dated `date` counts at an assessment on `assessmentDate`. */
function counts(assessmentDate: string, date: string): boolean {
  return scoreSingle(1, { assessmentDate, evidence: [evidence("e1", ["c"], { date })] }).met;
}

describe("the 24-month evidence window", () => {
  it.each([
    { assessed: "2026-11-23", date: "2024-11-23", counts: true, why: "exactly 24 months before counts" },
    { assessed: "2026-11-23", date: "2024-11-22", counts: false, why: "one day more than 24 months before does not count" },
    { assessed: "2026-11-23", date: "2026-11-23", counts: true, why: "the assessment day itself counts" },
    { assessed: "2026-11-23", date: "2026-11-24", counts: false, why: "the day after the assessment does not count" },
    { assessed: "2026-01-15", date: "2024-01-15", counts: true, why: "the edge holds across a year boundary" },
    { assessed: "2026-01-15", date: "2024-01-14", counts: false, why: "the day before the edge across a year boundary does not count" },
    { assessed: "2025-12-31", date: "2023-12-31", counts: true, why: "the last day of the year counts two years on" },
    { assessed: "2025-12-31", date: "2023-12-30", counts: false, why: "the day before the year-end edge does not count" },
    { assessed: "2026-02-28", date: "2024-02-28", counts: true, why: "28 February counts two years on" },
    { assessed: "2026-02-28", date: "2024-02-27", counts: false, why: "the day before 28 February does not count two years on" },
    { assessed: "2026-02-28", date: "2024-02-29", counts: true, why: "a leap day counts until 28 February two years later" },
    { assessed: "2026-03-01", date: "2024-02-29", counts: false, why: "a leap day stops counting on 1 March two years later" },
    { assessed: "2026-03-01", date: "2024-03-01", counts: true, why: "1 March counts two years on" },
    { assessed: "2028-02-29", date: "2026-02-28", counts: false, why: "on a leap day, 28 February two years before does not count" },
    { assessed: "2028-02-29", date: "2026-03-01", counts: true, why: "on a leap day, the window starts on 1 March two years before" },
    { assessed: "2026-05-31", date: "2024-05-31", counts: true, why: "the last day of a month counts two years on" },
  ])("assessment $assessed, evidence $date: $why", ({ assessed, date, counts: expected }) => {
    expect(counts(assessed, date)).toBe(expected);
  });

  it("reports the window's first real day and the assessment date", () => {
    expect(evidenceWindow("2026-11-23")).toMatchObject({ from: "2024-11-23", to: "2026-11-23" });
    expect(evidenceWindow("2028-02-29")).toMatchObject({ from: "2026-03-01", to: "2028-02-29" });
    // 18 months before 31 December is "31 June", which behaves as 1 July.
    expect(evidenceWindow("2026-12-31", 18)).toMatchObject({ from: "2025-07-01", to: "2026-12-31" });
  });

  it("gives every evidence date the same verdict as counting back 24 calendar months", () => {
    // An independent oracle using UTC dates: count when date >= the assessment minus 24 months,
    // where a month end that does not exist (29 February) rolls on to the next day.
    const day = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (assessed, offsetDays) => {
        const date = new Date(Date.parse(`${assessed}T00:00:00Z`) - offsetDays * 86_400_000).toISOString().slice(0, 10);
        const [y, m, d] = assessed.split("-").map(Number) as [number, number, number];
        const edge = new Date(Date.UTC(y - 2, m - 1, d)).toISOString().slice(0, 10);
        const expected = date >= edge && date <= assessed;
        expect(counts(assessed, date)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe("calendar dates", () => {
  it("accepts exactly what zod's ISO date accepts", () => {
    const zodDate = z.iso.date();
    const nearlyDates = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    fc.assert(
      fc.property(fc.oneof(nearlyDates, fc.string({ maxLength: 12 })), (text) => {
        expect(isCalendarDate(text)).toBe(zodDate.safeParse(text).success);
      }),
      { numRuns: 2000 },
    );
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2100-02-29")).toBe(false);
  });

  it("writes dates the British way for people", () => {
    expect(formatDate("2024-11-03")).toBe("3 November 2024");
    expect(formatDate("2026-01-31")).toBe("31 January 2026");
  });
});
