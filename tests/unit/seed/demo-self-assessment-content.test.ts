import { describe, expect, it } from "vitest";
import { frameworkV1 } from "@/lib/standard/content/v1";
import { DEMO_SELF_ASSESSMENTS, type DemoProviderSlug } from "@/lib/seed/demo-self-assessment-content";
import { DEMO_ORGANISATIONS } from "@/lib/seed/demo-data";

const criteria = frameworkV1.statements.flatMap((s) => s.criteria.map((c) => ({ ...c, statement: s.number })));
const byCode = new Map(criteria.map((c) => [c.code, c]));
const entries = Object.entries(DEMO_SELF_ASSESSMENTS) as Array<[DemoProviderSlug, (typeof DEMO_SELF_ASSESSMENTS)[DemoProviderSlug]]>;

/** "statement.level" of each answered criterion, e.g. "1.2". */
const statementLevels = (slug: DemoProviderSlug) =>
  new Set(DEMO_SELF_ASSESSMENTS[slug].answers.map((a) => a.code.split(".").slice(0, 2).join(".")));

describe("demo self-assessment content", () => {
  it("belongs to demo providers (the awarded ones get theirs from the awards seed)", () => {
    const providers = DEMO_ORGANISATIONS.filter((o) => o.kind === "PROVIDER").map((o) => o.slug);
    expect(Object.keys(DEMO_SELF_ASSESSMENTS).filter((slug) => !providers.includes(slug))).toEqual([]);
    expect(Object.keys(DEMO_SELF_ASSESSMENTS).sort()).toEqual(["elm-house", "harbour-recovery", "northside-mind"]);
  });

  describe.each(entries)("%s", (_slug, { answers, readyStatements }) => {
    it("answers only criteria that exist in version 1 of the standard", () => {
      expect(answers.map((a) => a.code).filter((code) => !byCode.has(code))).toEqual([]);
    });

    it("answers each criterion at most once", () => {
      const codes = answers.map((a) => a.code);
      expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
    });

    it("gives an account that passes validation for every yes and partly", () => {
      for (const answer of answers) {
        if (answer.claim !== "NOT_YET") expect(answer.account.trim().length, answer.code).toBeGreaterThanOrEqual(10);
        expect(answer.account.length, answer.code).toBeLessThanOrEqual(2000);
        expect(answer.account, answer.code).toBe(answer.account.trim());
      }
    });

    it("keeps accounts short and real: at most three sentences, no placeholder text", () => {
      for (const { code, account } of answers) {
        expect(account, code).not.toMatch(/lorem|ipsum|TODO|TBC/i);
        expect(account.match(/[.!?](\s|$)/g)?.length ?? 0, code).toBeLessThanOrEqual(3);
      }
    });

    it("has answered every criterion of each statement it marks ready", () => {
      const answered = new Set(answers.map((a) => a.code));
      for (const n of readyStatements) {
        const statement = frameworkV1.statements.find((s) => s.number === n);
        expect(statement, `statement ${n}`).toBeDefined();
        expect(statement?.criteria.map((c) => c.code).filter((code) => !answered.has(code))).toEqual([]);
      }
    });
  });

  it("Northside Mind answers all 54 criteria, is ready throughout and is honest at level 3", () => {
    const { answers, readyStatements } = DEMO_SELF_ASSESSMENTS["northside-mind"];
    expect(criteria).toHaveLength(54);
    expect(new Set(answers.map((a) => a.code))).toEqual(new Set(criteria.map((c) => c.code)));
    expect(readyStatements).toEqual([1, 2, 3, 4, 5, 6]);
    const levelThree = new Set(answers.filter((a) => byCode.get(a.code)?.level === 3).map((a) => a.claim));
    expect(levelThree).toEqual(new Set(["YES", "PARTLY", "NOT_YET"]));
    const lower = answers.filter((a) => byCode.get(a.code)?.level !== 3);
    expect(lower.filter((a) => a.claim === "YES").length).toBeGreaterThan(lower.length * 0.75);
  });

  it("Harbour Recovery covers statements 1–4 to level 2 and only level 1 of statements 5–6", () => {
    const { answers, readyStatements } = DEMO_SELF_ASSESSMENTS["harbour-recovery"];
    expect(readyStatements).toEqual([1, 4]);
    expect([...statementLevels("harbour-recovery")].sort()).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "4.3", "5.1", "6.1"]);
    expect(answers.filter((a) => byCode.get(a.code)?.level === 3).every((a) => a.claim === "NOT_YET")).toBe(true);
  });

  it("Elm House has only started statements 1 and 5 at level 1", () => {
    const { answers, readyStatements } = DEMO_SELF_ASSESSMENTS["elm-house"];
    expect(readyStatements).toEqual([]);
    expect([...statementLevels("elm-house")].sort()).toEqual(["1.1", "5.1"]);
    expect(answers.filter((a) => a.claim === "PARTLY").length).toBeGreaterThan(answers.length / 2);
  });
});
