import { describe, expect, it } from "vitest";

import type { CriterionContent } from "@/lib/standard/content/types";
import { frameworkV1 } from "@/lib/standard/content/v1";

// The six I Statements, word for word as in docs/domain.md.
const I_STATEMENTS: Record<1 | 2 | 3 | 4 | 5 | 6, string> = {
  1: "I am more than a mental health diagnosis. Treat me like an individual human being.",
  2: "I may rely on family and friends to stay well. Give them support, information and respect.",
  3: "I want to be heard and included, regardless of my identity. Offer me accessible and culturally competent support.",
  4: "I may be facing more than just a mental health challenge (e.g. substances including alcohol or a physical condition). Respond to these creatively and without judgement.",
  5: "I will know the name of the person responsible for my support. Show me that you are a human being too.",
  6: "I have a story to tell. Share information effectively, with my permission, so I don't have to repeat myself.",
};

const LEVELS = [1, 2, 3] as const;
const MAX_EASY_READ_WORDS = 20;

const allCriteria: CriterionContent[] = frameworkV1.statements.flatMap((s) => s.criteria);

function sentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s+/)
    .filter((s) => s.length > 0);
}

function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => w.length > 0).length;
}

/*
 * Lived-experience evidence: an evidence example counts only if it says that
 * the evidence COMES FROM people with lived experience, not merely that it is
 * ABOUT them. So "Payment policy for people with lived experience" does not
 * count, while "Carers describing to an Expert by Experience how ..." and
 * "Observation by an Expert by Experience of ..." do.
 */
const SOURCE =
  "(?:people who use (?:the |this |our )?services?|with lived experience|carers?|carer representatives|famil(?:y|ies)(?: members)?|friends|experts? by experience|peer (?:workers?|supporters?))";
const SPEAKS = "(?:tell|tells|telling|told|describe|describes|describing|say|says|saying|said|explain|explains|explaining)";
const HEARD = "(?:feedback|views|survey|conversations?|interviews?|observation)";
const LIVED_EXPERIENCE_SOURCE_PATTERNS: RegExp[] = [
  // "People who use the service telling an Expert by Experience ..."
  new RegExp(`${SOURCE}\\b.{0,40}?\\b${SPEAKS}\\b`, "i"),
  // "Feedback from carers ...", "Observation by an Expert by Experience ..."
  new RegExp(`\\b${HEARD} (?:from|of|with|by) (?:an? |the )?${SOURCE}\\b`, "i"),
  // "Carers' survey results ..."
  new RegExp(`${SOURCE}'?s?'? (?:survey|feedback|views)\\b`, "i"),
];

function isLivedExperienceEvidence(example: string): boolean {
  return LIVED_EXPERIENCE_SOURCE_PATTERNS.some((p) => p.test(example));
}

// Words an easy-read reader cannot be expected to carry.
const EASY_READ_JARGON = [
  "coproduc",
  "co-produc",
  "co-design",
  "codesign",
  "stakeholder",
  "leverage",
  "synergy",
  "governance",
  "facilitat",
  "reciprocity",
  "mutuality",
  "commission",
  "holistic",
  "person-centred",
  "multi-agency",
  "protocol",
  "pathway",
  "criteria",
  "criterion",
  "assets",
  "capabilities",
  "parity",
  "consent",
  "culturally competent",
  "harm reduction",
  "accessible information standard",
  "diagnosis",
];

// Words to avoid anywhere, and US spellings (the standard is written in British English).
const BANNED_ANYWHERE = [/\bleverag/i, /\bstakeholder/i, /\bsynerg/i, /lorem|ipsum/i, /\u2014/];
const US_SPELLINGS = [
  /organiz/i,
  /recogniz/i,
  /prioritiz/i,
  /personaliz/i,
  /minimiz/i,
  /emphasiz/i,
  /realiz/i,
  /apologiz/i,
  /specializ/i,
  /behavior/i,
  /\bcolor/i,
  /\bfavor/i,
  /\bhonor/i,
  /\bcenter/i,
  /\bprogram\b/i,
  /\bjudgment/i,
];

describe("isLivedExperienceEvidence (the check itself)", () => {
  it.each([
    "Feedback from people who use the service about being treated as an individual",
    "Carers describing to an Expert by Experience how they were included",
    "Observation by an Expert by Experience of a meeting",
    "Members with lived experience telling an Expert by Experience how much say they have",
    "Carers' survey results and the response",
    "Conversations with family members about the carers' pack",
  ])("accepts evidence that comes from people: %s", (example) => {
    expect(isLivedExperienceEvidence(example)).toBe(true);
  });

  it.each([
    "Payment and expenses policy for people with lived experience, with welfare-benefits advice",
    "Training materials that include the experiences of people who use services",
    "Recruitment records showing people who use the service on panels",
    "Staff describing to the assessor how they book an interpreter",
    "Board minutes",
  ])("rejects evidence that is only about people: %s", (example) => {
    expect(isLivedExperienceEvidence(example)).toBe(false);
  });
});

describe("frameworkV1", () => {
  it("has the v1 title", () => {
    expect(frameworkV1.title).toBe("Coproduction Standard – Leeds I Statements, v1");
  });

  it("has the six I Statements, numbered 1 to 6, with their exact wording", () => {
    expect(frameworkV1.statements.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const statement of frameworkV1.statements) {
      expect(statement.text).toBe(I_STATEMENTS[statement.number]);
    }
  });

  describe.each(frameworkV1.statements.map((s) => [s.number, s] as const))("statement %i", (_n, statement) => {
    it("has a 2 to 4 sentence explanation that covers coproduction", () => {
      const count = sentences(statement.explanation).length;
      expect(count).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(4);
      expect(statement.explanation).toMatch(/coproduc/i);
      expect(statement.explanation).toMatch(/lived experience|people who use the service|carers/i);
    });

    it("has an easy-read version that speaks as the person", () => {
      expect(statement.easyRead.trim()).not.toBe("");
      expect(statement.easyRead).toMatch(/\b(I|me|my)\b/);
    });

    it.each(LEVELS)("has 2 to 4 criteria at level %i", (level) => {
      const count = statement.criteria.filter((c) => c.level === level).length;
      expect(count).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(4);
    });

    it("has well-formed codes in order: statement, level, then letters from a", () => {
      const letters = { 1: 0, 2: 0, 3: 0 };
      let previousLevel = 1;
      for (const criterion of statement.criteria) {
        const match = /^([1-6])\.([1-3])\.([a-d])$/.exec(criterion.code);
        expect(match, criterion.code).not.toBeNull();
        if (!match) continue;
        const [, s, l, letter] = match;
        expect(Number(s), criterion.code).toBe(statement.number);
        expect(Number(l), criterion.code).toBe(criterion.level);
        expect(criterion.level, `${criterion.code} is out of level order`).toBeGreaterThanOrEqual(previousLevel);
        previousLevel = criterion.level;
        const expectedLetter = String.fromCharCode("a".charCodeAt(0) + letters[criterion.level]);
        expect(letter, criterion.code).toBe(expectedLetter);
        letters[criterion.level] += 1;
      }
    });
  });

  it("has unique criterion codes and texts across the whole standard", () => {
    const codes = allCriteria.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    const texts = allCriteria.map((c) => c.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  describe.each(allCriteria.map((c) => [c.code, c] as const))("criterion %s", (_code, criterion) => {
    it("has one plain sentence of text, and non-empty easy read and guidance", () => {
      expect(sentences(criterion.text)).toHaveLength(1);
      expect(criterion.text).toMatch(/\.$/);
      expect(criterion.easyRead.trim()).not.toBe("");
      expect(criterion.guidance.trim()).not.toBe("");
    });

    it("has 1 to 3 sentences of guidance", () => {
      const count = sentences(criterion.guidance).length;
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(3);
    });

    it("has 2 to 4 distinct, non-empty evidence examples", () => {
      const examples = criterion.evidenceExamples;
      expect(examples.length).toBeGreaterThanOrEqual(2);
      expect(examples.length).toBeLessThanOrEqual(4);
      for (const example of examples) expect(example.trim()).not.toBe("");
      expect(new Set(examples).size).toBe(examples.length);
    });

    if (criterion.level >= 2) {
      it("has at least one evidence example that comes from people with lived experience", () => {
        expect(
          criterion.evidenceExamples.some(isLivedExperienceEvidence),
          `${criterion.code}: ${JSON.stringify(criterion.evidenceExamples)}`,
        ).toBe(true);
      });
    }
  });

  const easyReadTexts = frameworkV1.statements.flatMap((s) => [
    [`statement ${s.number}`, s.easyRead] as const,
    ...s.criteria.map((c) => [c.code, c.easyRead] as const),
  ]);

  it.each(easyReadTexts)(`easy read for %s keeps every sentence to ${MAX_EASY_READ_WORDS} words or fewer`, (_where, text) => {
    for (const sentence of sentences(text)) {
      expect(wordCount(sentence), sentence).toBeLessThanOrEqual(MAX_EASY_READ_WORDS);
    }
  });

  it.each(easyReadTexts)("easy read for %s avoids jargon", (_where, text) => {
    for (const word of EASY_READ_JARGON) {
      expect(text.toLowerCase(), `contains "${word}"`).not.toContain(word);
    }
  });

  it("uses no buzzwords, placeholder text, em dashes or US spellings", () => {
    const everything = JSON.stringify(frameworkV1);
    for (const pattern of [...BANNED_ANYWHERE, ...US_SPELLINGS]) {
      expect(everything, String(pattern)).not.toMatch(pattern);
    }
  });
});
