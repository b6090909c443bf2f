import { describe, expect, it } from "vitest";
import {
  involvementReason,
  reductionChoices,
  reductionProblem,
  renewalOpen,
  renewalOpensOn,
  reviewDueOnFor,
  reviewRequestRefusal,
  statusChangeOutcome,
} from "@/lib/awards/rules";

describe("who counts as involved in the decision under review", () => {
  const involvement = { issuedById: "issuer", accuracyCheckSentById: "sender", accuracyPointResponderIds: [null, "responder"] };

  it("names the issuer, the sender of the factual accuracy check and anyone who responded to its points", () => {
    expect(involvementReason(involvement, "issuer")).toBe("You issued this award, so you cannot decide the review of it.");
    expect(involvementReason(involvement, "sender")).toMatch(/^You sent the factual accuracy check/);
    expect(involvementReason(involvement, "responder")).toMatch(/^You responded to the organisation's factual accuracy points/);
  });

  it("lets anyone else decide, including when there was no factual accuracy check", () => {
    expect(involvementReason(involvement, "someone-else")).toBeNull();
    expect(involvementReason({ issuedById: null, accuracyCheckSentById: null, accuracyPointResponderIds: [] }, "someone-else")).toBeNull();
  });

  it("never treats a missing person (a deleted account) as a match", () => {
    expect(involvementReason({ issuedById: null, accuracyCheckSentById: null, accuracyPointResponderIds: [null] }, "")).toBeNull();
  });
});

describe("a missed condition reduces the award", () => {
  it("offers every level below the current one, down to 0 (revoke)", () => {
    expect(reductionChoices(3)).toEqual([2, 1, 0]);
    expect(reductionChoices(1)).toEqual([0]);
  });

  it("refuses the same level or a higher one", () => {
    expect(reductionProblem(2, 1)).toBeNull();
    expect(reductionProblem(2, 0)).toBeNull();
    expect(reductionProblem(2, 2)).toMatch(/must lower the award/);
    expect(reductionProblem(2, 3)).toMatch(/below level 2/);
    expect(reductionProblem(2, -1)).toBe("Choose the award's new level");
    expect(reductionProblem(2, 1.5)).toBe("Choose the award's new level");
  });
});

describe("the window for asking for a review", () => {
  it("ends 15 working days after issue, skipping weekends and bank holidays", () => {
    // Issued Monday 23 November 2026: three weeks of working days later is Monday 14 December.
    expect(reviewDueOnFor("2026-11-23")).toBe("2026-12-14");
    // Issued Friday 11 December 2026: Christmas Day and the substitute Boxing Day (28th) and New Year's Day are skipped.
    expect(reviewDueOnFor("2026-12-11")).toBe("2027-01-06");
  });

  const open = { status: "ACTIVE" as const, review: null, reviewDueOn: "2026-12-14" };

  it("is open up to and including the due date", () => {
    expect(reviewRequestRefusal(open, "2026-11-23")).toBeNull();
    expect(reviewRequestRefusal(open, "2026-12-14")).toBeNull();
    expect(reviewRequestRefusal(open, "2026-12-15")).toBe("The time to ask for a review ended on 14 December 2026, 15 working days after the award was issued.");
  });

  it("allows one review per award, kindly", () => {
    expect(reviewRequestRefusal({ ...open, review: { status: "REQUESTED" } }, "2026-11-24")).toMatch(/already asked for a review/);
    expect(reviewRequestRefusal({ ...open, review: { status: "DECIDED" } }, "2026-11-24")).toMatch(/already been reviewed/);
  });

  it("is open for a suspended award but not for one revoked or replaced", () => {
    expect(reviewRequestRefusal({ ...open, status: "SUSPENDED" }, "2026-11-24")).toBeNull();
    expect(reviewRequestRefusal({ ...open, status: "REVOKED" }, "2026-11-24")).toMatch(/no longer in force/);
    expect(reviewRequestRefusal({ ...open, status: "SUPERSEDED" }, "2026-11-24")).toMatch(/no longer in force/);
  });
});

describe("suspending, reinstating and revoking", () => {
  it("suspends an active award and reinstates a suspended one", () => {
    expect(statusChangeOutcome("suspend", "ACTIVE", "CURRENT")).toEqual({ to: "SUSPENDED" });
    expect(statusChangeOutcome("reinstate", "SUSPENDED", "SUSPENDED")).toEqual({ to: "ACTIVE" });
  });

  it("refuses to suspend twice or reinstate an active award", () => {
    expect(statusChangeOutcome("suspend", "SUSPENDED", "SUSPENDED")).toEqual({ refusal: "This award is already suspended." });
    expect(statusChangeOutcome("reinstate", "ACTIVE", "CURRENT")).toEqual({ refusal: "Only a suspended award can be reinstated." });
  });

  it("revokes an active, suspended or expired award, and nothing changes after that", () => {
    expect(statusChangeOutcome("revoke", "ACTIVE", "CURRENT")).toEqual({ to: "REVOKED" });
    expect(statusChangeOutcome("revoke", "SUSPENDED", "SUSPENDED")).toEqual({ to: "REVOKED" });
    expect(statusChangeOutcome("revoke", "ACTIVE", "EXPIRED")).toEqual({ to: "REVOKED" });
    for (const change of ["suspend", "reinstate", "revoke"] as const) {
      expect(statusChangeOutcome(change, "REVOKED", "REVOKED")).toHaveProperty("refusal");
      expect(statusChangeOutcome(change, "SUPERSEDED", "SUPERSEDED")).toHaveProperty("refusal");
    }
  });

  it("does not suspend or reinstate an expired award", () => {
    expect(statusChangeOutcome("suspend", "ACTIVE", "EXPIRED")).toHaveProperty("refusal");
    expect(statusChangeOutcome("reinstate", "SUSPENDED", "EXPIRED")).toHaveProperty("refusal");
  });
});

describe("when renewal opens", () => {
  it("opens 90 days before expiry", () => {
    expect(renewalOpensOn("2027-03-01")).toBe("2026-12-01");
    expect(renewalOpen({ standing: "CURRENT", expiresOn: "2027-03-01" }, "2026-11-30")).toBe(false);
    expect(renewalOpen({ standing: "CURRENT", expiresOn: "2027-03-01" }, "2026-12-01")).toBe(true);
    expect(renewalOpen({ standing: "SUSPENDED", expiresOn: "2027-03-01" }, "2026-12-01")).toBe(true);
  });

  it("is open at once for an expired or revoked award, never for one already replaced", () => {
    expect(renewalOpen({ standing: "EXPIRED", expiresOn: "2026-01-01" }, "2026-11-23")).toBe(true);
    expect(renewalOpen({ standing: "REVOKED", expiresOn: "2029-01-01" }, "2026-11-23")).toBe(true);
    expect(renewalOpen({ standing: "SUPERSEDED", expiresOn: "2026-12-01" }, "2026-11-23")).toBe(false);
  });
});
