import { describe, expect, it } from "vitest";
import { daysBetween, latestExpiryDue, reminderDue } from "@/lib/jobs/reminder-due";

const TODAY = "2026-11-23";

describe("which expiry reminder is due", () => {
  it("is the 90-day reminder from 90 days before expiry down to 31", () => {
    expect(reminderDue("2027-02-21", TODAY)).toBe("EXPIRY_90_DAYS"); // 90 days
    expect(reminderDue("2026-12-24", TODAY)).toBe("EXPIRY_90_DAYS"); // 31 days
  });

  it("is the 30-day reminder from 30 days before expiry to the expiry day itself", () => {
    expect(reminderDue("2026-12-23", TODAY)).toBe("EXPIRY_30_DAYS"); // 30 days
    expect(reminderDue("2026-11-24", TODAY)).toBe("EXPIRY_30_DAYS");
    expect(reminderDue(TODAY, TODAY)).toBe("EXPIRY_30_DAYS");
  });

  it("is nothing more than 90 days ahead or once the award has expired", () => {
    expect(reminderDue("2027-02-22", TODAY)).toBeNull(); // 91 days
    expect(reminderDue("2026-11-22", TODAY)).toBeNull();
  });

  it("sends only the 30-day reminder to an award first seen inside 30 days", () => {
    // Seen every day from 10 days before expiry: never the 90-day one.
    const kinds = new Set<string | null>();
    for (let d = 10; d >= 0; d -= 1) kinds.add(reminderDue("2026-12-03", new Date(Date.parse("2026-12-03T00:00:00Z") - d * 86_400_000).toISOString().slice(0, 10)));
    expect([...kinds]).toEqual(["EXPIRY_30_DAYS"]);
  });

  it("counts calendar days across the clocks changing", () => {
    expect(daysBetween("2027-03-27", "2027-03-29")).toBe(2);
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
    expect(daysBetween("2026-11-23", "2026-11-20")).toBe(-3);
  });

  it("looks no further ahead than the widest window", () => {
    expect(latestExpiryDue(TODAY)).toBe("2027-02-21");
    expect(reminderDue(latestExpiryDue(TODAY), TODAY)).toBe("EXPIRY_90_DAYS");
  });
});
