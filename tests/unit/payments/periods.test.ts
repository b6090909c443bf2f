import { describe, expect, it } from "vitest";
import { taxYearOf, weekOf, weekStart } from "@/lib/payments/periods";

describe("weeks run Monday to Sunday", () => {
  it("puts Monday and Sunday in the same week, and the next Monday in the next", () => {
    expect(weekStart("2026-12-07")).toBe("2026-12-07"); // Monday
    expect(weekStart("2026-12-13")).toBe("2026-12-07"); // Sunday
    expect(weekStart("2026-12-14")).toBe("2026-12-14");
    expect(weekStart("2026-12-10")).toBe("2026-12-07");
  });

  it("crosses months, years and the clocks changing without drifting", () => {
    expect(weekStart("2027-01-01")).toBe("2026-12-28");
    expect(weekStart("2026-03-29")).toBe("2026-03-23"); // the clocks go forward that Sunday
    expect(weekStart("2026-10-25")).toBe("2026-10-19"); // and back
    expect(weekOf("2026-12-10")).toEqual({ start: "2026-12-07", end: "2026-12-13", label: "7 December 2026 to 13 December 2026" });
  });
});

describe("the UK tax year runs 6 April to 5 April", () => {
  it("starts on 6 April", () => {
    expect(taxYearOf("2026-04-05")).toEqual({ start: "2025-04-06", end: "2026-04-05", label: "2025 to 2026" });
    expect(taxYearOf("2026-04-06")).toEqual({ start: "2026-04-06", end: "2027-04-05", label: "2026 to 2027" });
    expect(taxYearOf("2026-12-31").start).toBe("2026-04-06");
    expect(taxYearOf("2027-01-01").start).toBe("2026-04-06");
    expect(taxYearOf("2027-04-05").end).toBe("2027-04-05");
  });
});
