import { describe, expect, it } from "vitest";
import { addMonths, closeDateAtEnd, latestEndDate, roundDateProblems, roundPhase } from "@/lib/feedback/rounds/dates";

const TODAY = "2026-11-23";

describe("a round's dates", () => {
  it("may start today and end the next day", () => {
    expect(roundDateProblems({ startsOn: TODAY, endsOn: "2026-11-24" }, TODAY)).toEqual([]);
  });

  it("may not start in the past", () => {
    expect(roundDateProblems({ startsOn: "2026-11-22", endsOn: "2026-12-20" }, TODAY)).toEqual([{ field: "startsOn", message: "The start date must be today or in the future" }]);
  });

  it("must end after it starts", () => {
    for (const endsOn of ["2026-12-01", "2026-11-30"]) {
      expect(roundDateProblems({ startsOn: "2026-12-01", endsOn }, TODAY)).toEqual([{ field: "endsOn", message: "The end date must be after the start date" }]);
    }
  });

  it("lasts at most 3 calendar months, to the day", () => {
    expect(roundDateProblems({ startsOn: "2026-12-01", endsOn: "2027-03-01" }, TODAY)).toEqual([]);
    expect(roundDateProblems({ startsOn: "2026-12-01", endsOn: "2027-03-02" }, TODAY)).toEqual([
      { field: "endsOn", message: "A round can last up to 3 months, so the end date must be on or before 1 March 2027" },
    ]);
  });

  it("counts months to the last day of a shorter month", () => {
    expect(latestEndDate("2026-11-30")).toBe("2027-02-28");
    expect(latestEndDate("2027-11-30")).toBe("2028-02-29");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-10-15", 3)).toBe("2027-01-15");
  });

  it("reports both problems at once", () => {
    expect(roundDateProblems({ startsOn: "2026-11-01", endsOn: "2026-10-01" }, TODAY).map((p) => p.field)).toEqual(["startsOn", "endsOn"]);
  });
});

describe("where a round is", () => {
  const round = { status: "OPEN" as const, startsOn: "2026-11-20", endsOn: "2026-12-10" };

  it("takes answers from its first day to its last, inclusive", () => {
    expect(roundPhase(round, "2026-11-19")).toBe("NOT_STARTED");
    expect(roundPhase(round, "2026-11-20")).toBe("TAKING_ANSWERS");
    expect(roundPhase(round, "2026-12-10")).toBe("TAKING_ANSWERS");
    expect(roundPhase(round, "2026-12-11")).toBe("PAST_END");
  });

  it("is closed once closed, whatever the dates", () => {
    expect(roundPhase({ ...round, status: "CLOSED" }, "2026-11-25")).toBe("CLOSED");
  });

  it("closes on the day after its end date when it runs to the end", () => {
    expect(closeDateAtEnd("2026-12-10")).toBe("2026-12-11");
    expect(closeDateAtEnd("2026-12-31")).toBe("2027-01-01");
  });
});
