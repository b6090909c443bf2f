import { describe, expect, it } from "vitest";
import { ALREADY_DECIDED, checkIsOver, decisionBlocker, moderationStage } from "@/lib/moderation/stages";
import { addCalendarMonths, awardTerms } from "@/lib/moderation/award-terms";

describe("where a visit is in moderation", () => {
  const open = { dueOn: "2026-12-08", responded: false };

  it("follows the visit through to closing", () => {
    expect(moderationStage("SCHEDULED", null, "2026-12-01")).toBe("IN_PROGRESS");
    expect(moderationStage("IN_PROGRESS", null, "2026-12-01")).toBe("IN_PROGRESS");
    expect(moderationStage("REPORT_SUBMITTED", null, "2026-12-01")).toBe("REPORT_RECEIVED");
    expect(moderationStage("REPORT_SUBMITTED", open, "2026-12-01")).toBe("WITH_ORGANISATION");
    expect(moderationStage("REPORT_SUBMITTED", { ...open, responded: true }, "2026-12-01")).toBe("READY_TO_DECIDE");
    expect(moderationStage("CLOSED", open, "2026-12-01")).toBe("CLOSED");
    expect(moderationStage("CANCELLED", null, "2026-12-01")).toBe("CLOSED");
  });

  it("keeps the check open through its last day", () => {
    expect(checkIsOver(open, "2026-12-08")).toBe(false);
    expect(checkIsOver(open, "2026-12-09")).toBe(true);
    expect(checkIsOver({ ...open, responded: true }, "2026-11-25")).toBe(true);
  });
});

describe("an award's terms", () => {
  it("lasts 24 months, ending on the last day of a shorter month", () => {
    expect(awardTerms("2026-12-09").expiresOn).toBe("2028-12-09");
    expect(addCalendarMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addCalendarMonths("2028-02-29", 24)).toBe("2030-02-28");
    expect(addCalendarMonths("2026-12-15", -23)).toBe("2025-01-15");
  });

  it("leaves 15 working days to ask for a review", () => {
    // From Wednesday 9 December 2026, skipping Christmas, Boxing Day's substitute and New Year's Day.
    expect(awardTerms("2026-12-09").reviewDueOn).toBe("2027-01-04");
    expect(awardTerms("2026-11-02").reviewDueOn).toBe("2026-11-23");
  });
});

describe("when the award can be decided", () => {
  const ready = { status: "REPORT_SUBMITTED" as const, hasReport: true, check: { dueOn: "2026-12-08", responded: true, unansweredPoints: 0 } };

  it("is once the report is in, checked, and every point answered", () => {
    expect(decisionBlocker(ready, "2026-12-01")).toBeNull();
  });

  it("says what is missing, in the order to put it right", () => {
    expect(decisionBlocker({ ...ready, status: "CLOSED" }, "2026-12-01")).toBe(ALREADY_DECIDED);
    expect(decisionBlocker({ ...ready, status: "IN_PROGRESS", hasReport: false }, "2026-12-01")).toBe("An award cannot be issued without a submitted report.");
    expect(decisionBlocker({ ...ready, check: null }, "2026-12-01")).toMatch(/^Send the report for a factual-accuracy check first/);
    expect(decisionBlocker({ ...ready, check: { ...ready.check, responded: false } }, "2026-12-08")).toBe(
      "The organisation has until 8 December 2026 to check the report. You can decide once it replies or that day has passed.",
    );
    expect(decisionBlocker({ ...ready, check: { ...ready.check, responded: false } }, "2026-12-09")).toBeNull();
    expect(decisionBlocker({ ...ready, check: { ...ready.check, unansweredPoints: 2 } }, "2026-12-01")).toBe("Respond to each point the organisation raised before deciding (2 still to answer).");
  });
});
