import { describe, expect, it } from "vitest";
import { awardLevelProblems, levelsOffered, NO_AWARD_AT_LEVEL_0 } from "@/lib/moderation/level-rule";
import { decisionSchema } from "@/lib/moderation/schemas";

describe("the award level rule", () => {
  it("allows the verified level itself without a reason", () => {
    expect(awardLevelProblems(2, 2, "")).toEqual({});
    expect(awardLevelProblems(3, 3, "")).toEqual({});
  });

  it("never allows a level above the verified level, reason or not", () => {
    expect(awardLevelProblems(3, 2, "They were excellent")).toEqual({ award: ["The award cannot be above the verified level. Select level 2 or lower"] });
    expect(awardLevelProblems(2, 1, "")).toEqual({ award: ["The award cannot be above the verified level. Select level 1 or lower"] });
  });

  it("needs a written reason for a lower level", () => {
    expect(awardLevelProblems(1, 3, "   ")).toEqual({ levelReason: ["Say why you are awarding less than the verified level (level 3)"] });
    expect(awardLevelProblems(1, 3, "Statement 4's evidence was out of date on reflection.")).toEqual({});
  });

  it("issues nothing at verified level 0, and needs a level of 1 or more", () => {
    expect(awardLevelProblems(1, 0, "x")).toEqual({ award: [NO_AWARD_AT_LEVEL_0] });
    expect(awardLevelProblems(0, 2, "x")).toEqual({ award: ["Select the level to award, or no award"] });
  });

  it("offers levels 1 up to the verified level", () => {
    expect(levelsOffered(0)).toEqual([]);
    expect(levelsOffered(2)).toEqual([1, 2]);
    expect(levelsOffered(3)).toEqual([1, 2, 3]);
  });
});

describe("the decision form", () => {
  const schema = decisionSchema({ computedLevel: 2, today: "2026-12-09" });

  it("reads an award with its conditions, skipping blank rows", () => {
    const parsed = schema.parse({
      award: "2",
      condition1Description: " Publish the carers' forum minutes ",
      condition1Day: "1",
      condition1Month: "3",
      condition1Year: "2027",
      condition3Description: "Train two staff in trauma-informed practice",
      condition3Day: "30",
      condition3Month: "9",
      condition3Year: "2027",
    });
    expect(parsed).toEqual({
      outcome: "AWARD",
      level: 2,
      levelReason: "",
      conditions: [
        { description: "Publish the carers' forum minutes", dueOn: "2027-03-01" },
        { description: "Train two staff in trauma-informed practice", dueOn: "2027-09-30" },
      ],
    });
  });

  it("applies the level rule with the verified level it was given, not one from the form", () => {
    const result = schema.safeParse({ award: "3", computedLevel: "3" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["award", "The award cannot be above the verified level. Select level 2 or lower"]]);
  });

  it("refuses a condition due today or with a half-typed date", () => {
    const result = schema.safeParse({ award: "2", condition1Description: "A", condition1Day: "9", condition1Month: "12", condition1Year: "2026", condition2Description: "B", condition2Day: "1" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["condition1DueOn", "Condition 1 due date must be in the future"],
      ["condition2DueOn", "Condition 2 due date must include a month and year"],
    ]);
  });

  it("asks for a choice, and ignores conditions when there is no award", () => {
    expect(schema.safeParse({}).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["award", "Select the level to award, or no award"]]);
    expect(schema.safeParse({ award: "4" }).error?.issues.map((i) => i.path.join("."))).toEqual(["award"]);
    expect(schema.parse({ award: "NONE", noAwardReason: "Too little evidence from carers.", condition1Description: "Left over" })).toEqual({ outcome: "NO_AWARD", reason: "Too little evidence from carers." });
  });

  it("needs a reason to close without an award", () => {
    expect(schema.parse({ award: "NONE", noAwardReason: " Not enough evidence of carers' involvement. " })).toEqual({ outcome: "NO_AWARD", reason: "Not enough evidence of carers' involvement." });
    expect(schema.safeParse({ award: "NONE" }).error?.issues.map((i) => i.path.join("."))).toEqual(["noAwardReason"]);
  });
});
