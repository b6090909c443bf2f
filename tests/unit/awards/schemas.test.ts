import { describe, expect, it } from "vitest";
import { z } from "zod";
import { conditionOutcomeSchema, reviewDecisionSchema, reviewRequestSchema, statusChangeSchema } from "@/lib/awards/schemas";

const errors = (result: { success: boolean; error?: z.ZodError }) => (result.error ? z.flattenError(result.error).fieldErrors : {});

describe("the award forms' schemas", () => {
  it("want grounds for a review, trimmed", () => {
    expect(reviewRequestSchema.safeParse({ grounds: "  The visit was cut short.  " }).data).toEqual({ grounds: "The visit was cut short." });
    expect(errors(reviewRequestSchema.safeParse({ grounds: " " }))).toEqual({ grounds: ["Enter how the assessment process was not followed"] });
    expect(errors(reviewRequestSchema.safeParse({}))).toEqual({ grounds: ["Enter how the assessment process was not followed"] });
  });

  it("take a review's outcome as a level from 0 to 3 with a reason", () => {
    expect(reviewDecisionSchema.safeParse({ outcomeLevel: "0", reason: "Revoked" }).data).toEqual({ outcomeLevel: 0, reason: "Revoked" });
    expect(errors(reviewDecisionSchema.safeParse({ outcomeLevel: "4", reason: "" }))).toEqual({ outcomeLevel: ["Choose the level after the review"], reason: ["Enter the reason for your decision"] });
  });

  it("confirm a met condition with an optional note", () => {
    expect(conditionOutcomeSchema(2).safeParse({ outcome: "MET" }).data).toEqual({ outcome: "MET", note: "", newLevel: null });
  });

  it("need a note and a lower level for a missed condition", () => {
    const schema = conditionOutcomeSchema(2);
    expect(schema.safeParse({ outcome: "MISSED", note: "Not done", newLevel: "0" }).data).toEqual({ outcome: "MISSED", note: "Not done", newLevel: 0 });
    expect(errors(schema.safeParse({ outcome: "MISSED", newLevel: "2" }))).toEqual({ note: ["Say what you found: why the condition was not met"], newLevel: ["Choose the award's new level, below level 2"] });
    expect(errors(schema.safeParse({ outcome: "MISSED", note: "x", newLevel: "one" }))).toEqual({ newLevel: ["Choose the award's new level, below level 2"] });
    expect(errors(schema.safeParse({ outcome: "LATER" }))).toEqual({ outcome: ["Choose whether the condition was met"] });
  });

  it("want a reason to suspend, reinstate or revoke", () => {
    expect(errors(statusChangeSchema.safeParse({ reason: "" }))).toEqual({ reason: ["Enter the reason"] });
    expect(errors(statusChangeSchema.safeParse({ reason: "x".repeat(2001) }))).toEqual({ reason: ["The reason must be 2000 characters or fewer"] });
  });
});
