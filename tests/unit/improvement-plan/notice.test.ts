import { describe, expect, it } from "vitest";
import { planNotice } from "@/app/(app)/organisations/[slug]/plan/notice";

describe("the confirmation on the plan after a change", () => {
  it("confirms each change in plain words", () => {
    expect(planNotice("elm-house", { done: "position", statement: "2" })).toEqual({ message: "Where you are on the ladder for statement 2 has been saved." });
    expect(planNotice("elm-house", { done: "completed" })?.message).toBe("The action has been marked as done.");
    expect(planNotice("elm-house", { done: "reopened" })?.message).toBe("The action is open again.");
    expect(planNotice("elm-house", { done: "deleted" })?.message).toBe("The action has been deleted.");
  });

  it("forgets the saved form's draft, so the next new action starts empty", () => {
    expect(planNotice("elm-house", { done: "added", statement: "3" })).toEqual({ message: "Your action has been added to statement 3.", forgetDraft: "plan-add:elm-house:3" });
    expect(planNotice("elm-house", { done: "updated", action: "abc" })?.forgetDraft).toBe("plan-action:abc");
  });

  it("shows nothing for a missing, unknown or doctored query", () => {
    for (const params of [{}, { done: "hacked" }, { done: "position", statement: "9" }, { done: "added", statement: ["1", "2"] }, { done: ["deleted", "added"] }]) {
      expect(planNotice("elm-house", params)).toBeNull();
    }
  });
});
