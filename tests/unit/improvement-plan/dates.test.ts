import { describe, expect, it } from "vitest";
import { daysBetween, dbDateToIso, formatDate, isOverdue, isoDateToDb, isoDateToParts, parseDateParts, todayInLondon } from "@/lib/improvement-plan/dates";

const parts = (day: string, month: string, year: string) => ({ day, month, year });

describe("reading a GOV.UK date input", () => {
  it("accepts a real date, with or without leading zeros and spaces", () => {
    expect(parseDateParts(parts("27", "3", "2027"))).toEqual({ ok: true, date: "2027-03-27" });
    expect(parseDateParts(parts(" 05 ", "09", "2026"))).toEqual({ ok: true, date: "2026-09-05" });
    expect(parseDateParts(parts("29", "2", "2028"))).toEqual({ ok: true, date: "2028-02-29" });
  });

  it("asks for the date when every box is empty", () => {
    expect(parseDateParts(parts("", " ", ""))).toEqual({ ok: false, message: "Enter the due date", parts: ["day", "month", "year"] });
    expect(parseDateParts({})).toMatchObject({ ok: false, message: "Enter the due date" });
  });

  it("names the missing boxes, as GOV.UK does", () => {
    expect(parseDateParts(parts("", "3", "2027"))).toEqual({ ok: false, message: "Due date must include a day", parts: ["day"] });
    expect(parseDateParts(parts("4", "", ""))).toEqual({ ok: false, message: "Due date must include a month and year", parts: ["month", "year"] });
  });

  it("refuses dates that do not exist, blaming the box at fault", () => {
    expect(parseDateParts(parts("31", "4", "2027"))).toEqual({ ok: false, message: "Due date must be a real date", parts: ["day"] });
    expect(parseDateParts(parts("29", "2", "2027"))).toMatchObject({ ok: false, parts: ["day"] });
    expect(parseDateParts(parts("1", "13", "2027"))).toEqual({ ok: false, message: "Due date must be a real date", parts: ["month"] });
    expect(parseDateParts(parts("0", "1", "2027"))).toMatchObject({ ok: false, message: "Due date must be a real date" });
    expect(parseDateParts(parts("first", "May", "2027"))).toEqual({ ok: false, message: "Due date must be a real date", parts: ["day", "month"] });
    expect(parseDateParts(parts("1", "5", "-27"))).toMatchObject({ ok: false, message: "Due date must be a real date" });
  });

  it("wants a four-figure year", () => {
    expect(parseDateParts(parts("1", "5", "27"))).toEqual({ ok: false, message: "Year must include 4 numbers", parts: ["year"] });
  });

  it("uses the label it is given", () => {
    expect(parseDateParts(parts("", "", ""), "Meeting date")).toMatchObject({ message: "Enter the meeting date" });
  });
});

describe("calendar days", () => {
  it("takes today's date in the UK, across midnight and summer time", () => {
    expect(todayInLondon(new Date("2026-11-23T23:30:00Z"))).toBe("2026-11-23");
    // 23:30 UTC in British Summer Time is already the next day in London.
    expect(todayInLondon(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
  });

  it("stores a date as midnight UTC and reads it back unchanged", () => {
    expect(isoDateToDb("2026-11-23").toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(dbDateToIso(isoDateToDb("2027-03-31"))).toBe("2027-03-31");
  });

  it("counts whole days, across the clocks changing", () => {
    expect(daysBetween("2026-10-30", "2026-11-23")).toBe(24);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-11-23", "2026-11-23")).toBe(0);
  });

  it("treats an action due today as not overdue yet", () => {
    expect(isOverdue("2026-11-22", "2026-11-23")).toBe(true);
    expect(isOverdue("2026-11-23", "2026-11-23")).toBe(false);
    expect(isOverdue("2026-11-24", "2026-11-23")).toBe(false);
  });

  it("shows dates the GOV.UK way and fills date boxes as people type them", () => {
    expect(formatDate("2026-11-03")).toBe("3 November 2026");
    expect(isoDateToParts("2027-03-07")).toEqual({ day: "7", month: "3", year: "2027" });
  });
});
