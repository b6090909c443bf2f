// The badge an organisation embeds on its website. It is drawn from the award's standing on the
// day it is fetched, so a badge left up after an award expires or is suspended says so rather
// than misleading. Pure: the route handler looks the award up.
import type { StandingView } from "@/lib/awards/standing";

export type BadgeInput = { code: string; level: number; standing: StandingView };

// Each pair passes WCAG AA (at least 4.5:1; all but yellow well above 7:1) for the small text.
const COLOURS: Record<StandingView["standing"], { background: string; text: string }> = {
  CURRENT: { background: "#005a30", text: "#ffffff" },
  SUSPENDED: { background: "#ffdd00", text: "#0b0c0c" },
  REVOKED: { background: "#942514", text: "#ffffff" },
  EXPIRED: { background: "#505a5f", text: "#ffffff" },
  SUPERSEDED: { background: "#505a5f", text: "#ffffff" },
};

/** The badge's status line: "Verified" only while the award can be relied on. */
export function badgeStatus(standing: StandingView): string {
  switch (standing.standing) {
    case "CURRENT":
      return standing.underReview ? "Verified, under review" : "Verified and current";
    case "SUSPENDED":
      return "Suspended: not valid now";
    case "REVOKED":
      return "Revoked: no longer valid";
    case "EXPIRED":
      return "Expired: no longer valid";
    case "SUPERSEDED":
      return "Replaced by a newer award";
  }
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function badgeSvg({ code, level, standing }: BadgeInput): string {
  const { background, text } = COLOURS[standing.standing];
  const status = badgeStatus(standing);
  const levelText = level > 0 ? `Level ${level}` : "Not yet level 1";
  const title = `Coproduction Quality Mark ${levelText}. ${status}. Verification code ${code}.`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100" role="img" aria-labelledby="cqm-badge-title">`,
    `<title id="cqm-badge-title">${escapeXml(title)}</title>`,
    `<rect width="300" height="100" rx="6" fill="${background}"/>`,
    `<rect x="4" y="4" width="292" height="92" rx="4" fill="none" stroke="${text}" stroke-width="1.5"/>`,
    `<g fill="${text}" font-family="Arial, Helvetica, sans-serif">`,
    `<text x="16" y="25" font-size="13" font-weight="bold">Coproduction Quality Mark</text>`,
    `<text x="16" y="55" font-size="26" font-weight="bold">${escapeXml(levelText)}</text>`,
    `<text x="16" y="74" font-size="14" font-weight="bold">${escapeXml(status)}</text>`,
    `<text x="16" y="90" font-size="11">Code ${escapeXml(code)}</text>`,
    `</g>`,
    `</svg>`,
  ].join("");
}

/** The HTML an organisation pastes into its website: the badge, linking to the verification page. */
export function badgeEmbedHtml({ code, level, verifyUrl, badgeUrl }: { code: string; level: number; verifyUrl: string; badgeUrl: string }): string {
  const alt = `Coproduction Quality Mark level ${level}, code ${code}: select to check it is current`;
  return `<a href="${escapeXml(verifyUrl)}"><img src="${escapeXml(badgeUrl)}" width="300" height="100" alt="${escapeXml(alt)}"></a>`;
}
