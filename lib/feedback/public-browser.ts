// The cookie that lets one browser answer a feedback round once. It holds 256 random bits and
// nothing else; the database keeps only its SHA-256, in FeedbackBrowser, apart from the answers.
import { createHash, randomBytes } from "node:crypto";

export const FEEDBACK_COOKIE = "cqm_feedback";
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newBrowserToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashBrowserToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The round's token from the request's cookies, or null when there is none or it is not one of ours. */
export function readBrowserToken(request: Request): string | null {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    const value = rest.join("=");
    if (name === FEEDBACK_COOKIE && TOKEN_PATTERN.test(value)) return value;
  }
  return null;
}

/**
 * Set-Cookie for one round: its path keeps each round's cookie to that round's pages. Lax, so a
 * person who follows the link from a text message or a QR code still sends it.
 */
export function browserCookie(linkCode: string, token: string, secure: boolean): string {
  const parts = [`${FEEDBACK_COOKIE}=${token}`, `Path=/feedback/${linkCode}`, `Max-Age=${ONE_YEAR_SECONDS}`, "HttpOnly", "SameSite=Lax"];
  if (secure) parts.push("Secure");
  return parts.join("; ");
}
