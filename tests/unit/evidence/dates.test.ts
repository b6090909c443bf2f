import { describe, expect, it } from "vitest";
import { dateToParts, formatDate, formatDateTime, parseDateParts, todayInUk } from "@/lib/evidence/dates";

const TODAY = "2026-11-23";
const parse = (day: string, month: string, year: string) => parseDateParts({ day, month, year }, TODAY);

describe("parseDateParts: the GOV.UK date input", () => {
  it("accepts a real date up to today", () => {
    expect(parse("3", "4", "2026")).toEqual({ date: "2026-04-03" });
    expect(parse(" 23 ", "11", "2026")).toEqual({ date: TODAY });
    expect(parse("29", "2", "2024")).toEqual({ date: "2024-02-29" });
  });

  it("asks for the date when nothing is entered", () => {
    expect(parse("", "", "")).toEqual({ problems: [{ part: "evidenceDate", message: "Enter the date of the evidence" }] });
  });

  it("names each missing part", () => {
    expect(parse("", "4", "2026")).toEqual({ problems: [{ part: "dateDay", message: "The date of the evidence must include a day" }] });
    expect(parse("3", "", "")).toEqual({
      problems: [
        { part: "dateMonth", message: "The date of the evidence must include a month and year" },
        { part: "dateYear", message: "The date of the evidence must include a month and year" },
      ],
    });
  });

  it("says which part is not a number in range", () => {
    expect(parse("32", "4", "2026")).toEqual({ problems: [{ part: "dateDay", message: "The day must be a number from 1 to 31" }] });
    expect(parse("3", "April", "2026")).toEqual({ problems: [{ part: "dateMonth", message: "The month must be a number from 1 to 12" }] });
    expect(parse("3", "4", "26")).toEqual({ problems: [{ part: "dateYear", message: "The year must include 4 numbers, like 2026" }] });
  });

  it("refuses dates that do not exist or are in the future", () => {
    expect(parse("31", "2", "2026")).toEqual({ problems: [{ part: "evidenceDate", message: "The date of the evidence must be a real date" }] });
    expect(parse("24", "11", "2026")).toEqual({ problems: [{ part: "evidenceDate", message: "The date of the evidence must be today or in the past" }] });
  });
});

describe("date helpers", () => {
  it("uses the UK's date, not the server's", () => {
    expect(todayInUk(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    expect(todayInUk(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
  });

  it("splits and formats dates as people write them", () => {
    expect(dateToParts("2026-04-03")).toEqual({ day: "3", month: "4", year: "2026" });
    expect(formatDate("2026-04-03")).toBe("3 April 2026");
    expect(formatDateTime(new Date("2026-07-01T13:05:00Z"))).toBe("1 July 2026 at 2:05pm");
  });
});
