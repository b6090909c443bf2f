import { describe, expect, it } from "vitest";
import { newVerificationCode, normaliseVerificationCode } from "@/lib/awards/verification-code";

describe("reading a verification code as someone typed it", () => {
  it.each([
    ["CQM-RVR2-6PSA", "CQM-RVR2-6PSA"],
    ["cqm-rvr2-6psa", "CQM-RVR2-6PSA"],
    ["  CQM RVR2 6PSA  ", "CQM-RVR2-6PSA"],
    ["RVR26PSA", "CQM-RVR2-6PSA"],
    ["cqmrvr26psa", "CQM-RVR2-6PSA"],
    ["RVR2-6PSA", "CQM-RVR2-6PSA"],
  ])("accepts %j as %s", (typed, code) => {
    expect(normaliseVerificationCode(typed)).toBe(code);
  });

  it("reads the letters O, I and L as the digits they look like", () => {
    expect(normaliseVerificationCode("CQM-EO7M-4SXN")).toBe("CQM-E07M-4SXN");
    expect(normaliseVerificationCode("CQM-E1MH-I5XN")).toBe("CQM-E1MH-15XN");
    expect(normaliseVerificationCode("cqm-elmh-45xn")).toBe("CQM-E1MH-45XN");
    expect(normaliseVerificationCode("CQM-E7MH-4SXN")).toBe("CQM-E7MH-4SXN");
  });

  it.each([
    [""],
    ["   "],
    ["CQM"],
    ["CQM-1234"],
    ["CQM-1234-56789"],
    ["CQM-UUUU-UUUU"],
    ["CQM-12#4-5678"],
    ["'; DROP TABLE \"Award\"; --"],
    ["CQM-RVR2-6PSA/../../etc"],
    ["ＣＱＭ-ＲＶＲ２-６ＰＳＡ"],
    ["x".repeat(10_000)],
  ])("refuses %j", (typed) => {
    expect(normaliseVerificationCode(typed)).toBeNull();
  });

  it("makes new codes that read back as themselves and avoid look-alike letters", () => {
    for (let i = 0; i < 200; i++) {
      const code = newVerificationCode();
      expect(code).toMatch(/^CQM-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(normaliseVerificationCode(code)).toBe(code);
      expect(normaliseVerificationCode(code.toLowerCase())).toBe(code);
    }
  });
});
