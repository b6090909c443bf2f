import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SERVICES_MAX, openRoundSchema } from "@/lib/feedback/rounds/schemas";

const schema = openRoundSchema({ today: "2026-11-23" });
const valid = { startDay: "1", startMonth: "12", startYear: "2026", endDay: "31", endMonth: "1", endYear: "2027", services: "  Our Tuesday peer support group  " };
const errorsOf = (input: unknown) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("the open-a-round form", () => {
  it("turns the date boxes into dates and trims the services", () => {
    expect(schema.parse(valid)).toEqual({ startsOn: "2026-12-01", endsOn: "2027-01-31", services: "Our Tuesday peer support group" });
  });

  it("reports every mistake at once, with GOV.UK wording", () => {
    expect(errorsOf({ startDay: "", startMonth: "", startYear: "", endDay: "31", endMonth: "2", endYear: "2027", services: " " })).toEqual({
      startsOn: ["Enter the start date"],
      endsOn: ["End date must be a real date"],
      services: ["Enter which of your services the round is about"],
    });
  });

  it("refuses an end before the start, and a start in the past", () => {
    expect(errorsOf({ ...valid, endDay: "30", endMonth: "11", endYear: "2026" })).toEqual({ endsOn: ["The end date must be after the start date"] });
    expect(errorsOf({ ...valid, startDay: "22", startMonth: "11" })).toEqual({ startsOn: ["The start date must be today or in the future"] });
    expect(errorsOf({ ...valid, startDay: "22", startMonth: "11", endYear: "" })).toEqual({ startsOn: ["The start date must be today or in the future"], endsOn: ["End date must include a year"] });
  });

  it("refuses a round longer than 3 months and services that are too long", () => {
    expect(errorsOf({ ...valid, endDay: "2", endMonth: "3" })).toEqual({ endsOn: ["A round can last up to 3 months, so the end date must be on or before 1 March 2027"] });
    expect(errorsOf({ ...valid, services: "x".repeat(SERVICES_MAX + 1) })).toEqual({ services: [`Which services must be ${SERVICES_MAX} characters or fewer`] });
  });

  it("treats missing fields as empty, so each gets its own message", () => {
    expect(Object.keys(errorsOf({}))).toEqual(["startsOn", "endsOn", "services"]);
  });

  it("refuses a post that is not a form at all without throwing", () => {
    for (const input of [null, "x", 42, { services: 5 }]) expect(schema.safeParse(input).success).toBe(false);
  });
});
