import { describe, expect, it } from "vitest";
import { badgeEmbedHtml, badgeStatus, badgeSvg } from "@/lib/certificates/badge-svg";
import type { StandingView } from "@/lib/awards/standing";

const view = (standing: StandingView["standing"], underReview = false): StandingView => ({ standing, underReview, label: standing });
const code = "CQM-RVR2-6PSA";

// WCAG relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe("the badge", () => {
  it.each([
    ["CURRENT", false, "Verified and current"],
    ["CURRENT", true, "Verified, under review"],
    ["SUSPENDED", false, "Suspended: not valid now"],
    ["REVOKED", false, "Revoked: no longer valid"],
    ["EXPIRED", false, "Expired: no longer valid"],
    ["SUPERSEDED", false, "Replaced by a newer award"],
  ] as const)("for a %s award (under review: %s) says %s, with the level and the code", (standing, underReview, words) => {
    const svg = badgeSvg({ code, level: 2, standing: view(standing, underReview) });
    expect(svg).toContain(`>${words}<`);
    expect(svg).toContain(">Level 2<");
    expect(svg).toContain(`Code ${code}`);
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="cqm-badge-title"/);
    expect(svg).toContain(`<title id="cqm-badge-title">Coproduction Quality Mark Level 2. ${words}. Verification code ${code}.</title>`);
  });

  it("only says verified while the award can be relied on", () => {
    for (const standing of ["SUSPENDED", "REVOKED", "EXPIRED", "SUPERSEDED"] as const) expect(badgeStatus(view(standing))).not.toMatch(/verified/i);
    expect(badgeStatus(view("CURRENT"))).toMatch(/^Verified/);
  });

  it("has text that contrasts with its background by at least 4.5 to 1 in every state", () => {
    for (const standing of ["CURRENT", "SUSPENDED", "REVOKED", "EXPIRED", "SUPERSEDED"] as const) {
      const svg = badgeSvg({ code, level: 1, standing: view(standing) });
      const background = /<rect width="300" height="100" rx="6" fill="(#[0-9a-f]{6})"/.exec(svg)?.[1];
      const text = /<g fill="(#[0-9a-f]{6})"/.exec(svg)?.[1];
      expect(contrast(background!, text!), standing).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("holds no script and escapes what it prints", () => {
    const svg = badgeSvg({ code: "<script>", level: 3, standing: view("CURRENT") });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
  });

  it("comes with HTML that links the badge to the verification page, with a text alternative", () => {
    const html = badgeEmbedHtml({ code, level: 2, verifyUrl: `https://cqm.example.org/verify/${code}`, badgeUrl: `https://cqm.example.org/badge/${code}.svg` });
    expect(html).toBe(
      `<a href="https://cqm.example.org/verify/${code}"><img src="https://cqm.example.org/badge/${code}.svg" width="300" height="100" alt="Coproduction Quality Mark level 2, code ${code}: select to check it is current"></a>`,
    );
  });
});
