import { describe, expect, it } from "vitest";
import { checkUpload } from "@/lib/evidence/file-type";
import { needsConsentQuestion } from "@/lib/evidence/labels";
import { evidenceFormSchema } from "@/lib/evidence/schemas";
import { DEMO_EVIDENCE } from "@/lib/seed/demo-evidence-content";
import { demoFile } from "@/lib/seed/demo-files";
import { frameworkV1 } from "@/lib/standard/content/v1";

const codes = new Set(frameworkV1.statements.flatMap((s) => s.criteria.map((c) => c.code)));

describe("the demo evidence", () => {
  it.each(["northside-mind", "harbour-recovery", "elm-house"])("gives %s 8 to 15 items", (slug) => {
    const count = DEMO_EVIDENCE.filter((e) => e.organisation === slug).length;
    expect(count).toBeGreaterThanOrEqual(8);
    expect(count).toBeLessThanOrEqual(15);
  });

  it("is dated within the two years before 23 November 2026", () => {
    for (const item of DEMO_EVIDENCE) {
      expect(item.date >= "2024-11-23" && item.date <= "2026-11-23", item.title).toBe(true);
    }
  });

  it("links only to criteria of the published standard", () => {
    for (const item of DEMO_EVIDENCE) for (const code of item.criteria) expect(codes.has(code), `${item.title} → ${code}`).toBe(true);
  });

  it("passes the same checks as evidence added through the form", () => {
    for (const item of DEMO_EVIDENCE) {
      const kind = item.file ? "FILE" : item.link ? "LINK" : "ACCOUNT";
      const [year, month, day] = item.date.split("-");
      const result = evidenceFormSchema.safeParse({
        kind, title: item.title, description: item.description ?? "", dateDay: day, dateMonth: month, dateYear: year, type: item.type, source: item.source,
        aboutNamedPerson: item.consentNote ? "yes" : "no", consentGiven: item.consentNote !== undefined, consentNote: item.consentNote ?? "",
        url: item.link ?? "", body: item.account ?? "", criterionIds: [],
      });
      expect(result.success, item.title).toBe(true);
      if (item.consentNote) expect(needsConsentQuestion(item.type), item.title).toBe(true);
    }
  });

  it("has real files whose content matches their name and type", async () => {
    for (const item of DEMO_EVIDENCE.filter((e) => e.file)) {
      const file = demoFile(item.file!.filename, item.title, item.file!.lines);
      expect(await checkUpload(file.filename, file.bytes), file.filename).toEqual({ ok: true, mimeType: file.mimeType, filename: file.filename });
    }
  });

  it("keeps Northside Mind's lived-experience voices strongest", () => {
    const voices = (slug: string) => DEMO_EVIDENCE.filter((e) => e.organisation === slug && e.source !== "ORGANISATION").length;
    expect(voices("northside-mind")).toBeGreaterThan(voices("harbour-recovery"));
    expect(voices("harbour-recovery")).toBeGreaterThan(voices("elm-house"));
  });
});
