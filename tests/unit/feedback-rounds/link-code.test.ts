import { describe, expect, it } from "vitest";
import { LINK_CODE_ALPHABET, isLinkCode, newLinkCode } from "@/lib/feedback/rounds/link-code";

describe("feedback link codes", () => {
  it("are 8 lower-case Crockford base 32 characters, without i, l, o or u", () => {
    for (let i = 0; i < 500; i++) {
      const code = newLinkCode();
      expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{8}$/);
      expect(isLinkCode(code)).toBe(true);
    }
    expect(LINK_CODE_ALPHABET).toHaveLength(32);
    expect(LINK_CODE_ALPHABET).not.toMatch(/[ilou]/);
  });

  it("can use every character of the alphabet, each byte mapping to one", () => {
    const seen = new Set<string>();
    for (let start = 0; start < 256; start += 8) {
      const code = newLinkCode((size) => Uint8Array.from({ length: size }, (_, i) => start + i));
      for (const c of code) seen.add(c);
    }
    expect([...seen].sort().join("")).toBe([...LINK_CODE_ALPHABET].sort().join(""));
    expect(newLinkCode((size) => new Uint8Array(size).fill(32 + 17))).toBe("hhhhhhhh");
  });

  it("are different each time", () => {
    const codes = new Set(Array.from({ length: 1000 }, () => newLinkCode()));
    expect(codes.size).toBe(1000);
  });

  it("recognises only well-formed codes", () => {
    expect(isLinkCode("hrbr7k2m")).toBe(true);
    for (const bad of ["HRBR7K2M", "hrbr7k2", "hrbr7k2mm", "hrbr7k2o", "hrbr7k2l", "hrbr-k2m", "", "hrbr7k2i", "hrbr7k2u"]) expect(isLinkCode(bad), bad).toBe(false);
  });
});
