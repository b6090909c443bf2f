import { describe, expect, it } from "vitest";
import { awardStanding } from "@/lib/awards/standing";

const today = "2026-11-23";

describe("how an award stands on a day", () => {
  it.each([
    ["ACTIVE", "2027-01-01", "CURRENT", "Current"],
    ["ACTIVE", today, "CURRENT", "Current"],
    ["ACTIVE", "2026-11-22", "EXPIRED", "Expired"],
    ["SUSPENDED", "2027-01-01", "SUSPENDED", "Suspended"],
    ["SUSPENDED", "2026-11-22", "EXPIRED", "Expired"],
    ["REVOKED", "2027-01-01", "REVOKED", "Revoked"],
    ["REVOKED", "2026-01-01", "REVOKED", "Revoked"],
    ["SUPERSEDED", "2027-01-01", "SUPERSEDED", "Replaced by a newer award"],
  ] as const)("%s expiring %s is %s", (status, expiresOn, standing, label) => {
    expect(awardStanding({ status, expiresOn, reviewPending: false }, today)).toEqual({ standing, underReview: false, label });
  });

  it("is current on its last day and expired the day after", () => {
    expect(awardStanding({ status: "ACTIVE", expiresOn: "2026-11-23", reviewPending: false }, "2026-11-23").standing).toBe("CURRENT");
    expect(awardStanding({ status: "ACTIVE", expiresOn: "2026-11-23", reviewPending: false }, "2026-11-24").standing).toBe("EXPIRED");
  });

  it("says a current or suspended award is under review while a review is pending", () => {
    expect(awardStanding({ status: "ACTIVE", expiresOn: "2027-01-01", reviewPending: true }, today)).toEqual({ standing: "CURRENT", underReview: true, label: "Current (under review)" });
    expect(awardStanding({ status: "SUSPENDED", expiresOn: "2027-01-01", reviewPending: true }, today).label).toBe("Suspended (under review)");
  });

  it("does not call a revoked, replaced or expired award under review", () => {
    for (const status of ["REVOKED", "SUPERSEDED"] as const) {
      expect(awardStanding({ status, expiresOn: "2027-01-01", reviewPending: true }, today).underReview).toBe(false);
    }
    expect(awardStanding({ status: "ACTIVE", expiresOn: "2026-01-01", reviewPending: true }, today).underReview).toBe(false);
  });
});
