import { describe, expect, it } from "vitest";
import { buildSelfScoringInput } from "@/lib/self-assessment/scoring-input";
import { nextSteps } from "@/lib/self-assessment/next-steps";
import { scoreOrganisation } from "@/lib/scoring";
import { todayInLondon } from "@/lib/dates";

const framework = {
  statements: [1, 2].map((n) => ({
    number: n,
    text: `Statement ${n}`,
    criteria: [1, 2, 3].flatMap((level) => ["a", "b"].map((l) => ({ id: `${n}.${level}.${l}`, code: `${n}.${level}.${l}`, level }))),
  })),
};

describe("buildSelfScoringInput", () => {
  it("treats every evidence item as not yet reviewed and drops links outside the framework", () => {
    const input = buildSelfScoringInput(framework, [{ criterionId: "1.1.a", claim: "YES" }], [
      { id: "e1", evidenceDate: "2026-01-01", source: "ORGANISATION", criterionIds: ["1.1.a", "9.9.z"] },
    ], "2026-11-23");
    expect(input.evidence).toEqual([{ id: "e1", date: "2026-01-01", source: "ORGANISATION", status: "PENDING", criterionIds: ["1.1.a"] }]);
  });

  it("can score a single statement for the live preview", () => {
    const input = buildSelfScoringInput(framework, [{ criterionId: "1.1.a", claim: "YES" }, { criterionId: "2.1.a", claim: "YES" }], [], "2026-11-23", 2);
    expect(input.framework.statements.map((s) => s.number)).toEqual([2]);
    expect(input.claims).toEqual([{ criterionId: "2.1.a", claim: "YES" }]);
  });

  it("reaches level 1 when both level 1 criteria are claimed with recent evidence", () => {
    const evidence = [{ id: "e1", evidenceDate: "2026-05-01", source: "ORGANISATION" as const, criterionIds: ["1.1.a", "1.1.b"] }];
    const result = scoreOrganisation(buildSelfScoringInput(framework, [{ criterionId: "1.1.a", claim: "YES" }, { criterionId: "1.1.b", claim: "YES" }], evidence, "2026-11-23", 1));
    expect(result.statements[0]?.level).toBe(1);
  });
});

describe("nextSteps", () => {
  const result = scoreOrganisation(buildSelfScoringInput(framework, [], [], "2026-11-23"));
  it("suggests adding evidence first, then the statement in progress, then one not started", () => {
    const steps = nextSteps({ slug: "elm-house", statusByStatement: new Map([[1, "IN_PROGRESS"], [2, "NOT_STARTED"]]), result, evidenceCount: 0, canRequest: true, openRequest: false });
    expect(steps.map((s) => s.href)).toEqual([
      "/organisations/elm-house/evidence/new",
      "/organisations/elm-house/self-assessment/1",
      "/organisations/elm-house/self-assessment/2",
      "/organisations/elm-house/self-assessment/1",
    ]);
  });

  it("offers the request only to someone who may make it, when all is ready and none is open", () => {
    const ready = new Map([[1, "READY" as const], [2, "READY" as const]]);
    const offered = (canRequest: boolean, openRequest: boolean) =>
      nextSteps({ slug: "x", statusByStatement: ready, result, evidenceCount: 3, canRequest, openRequest }).some((s) => s.href.endsWith("#request"));
    expect(offered(true, false)).toBe(true);
    expect(offered(false, false)).toBe(false);
    expect(offered(true, true)).toBe(false);
  });
});

describe("todayInLondon", () => {
  it("uses the UK calendar day, not UTC's", () => {
    expect(todayInLondon(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    expect(todayInLondon(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
  });
});
