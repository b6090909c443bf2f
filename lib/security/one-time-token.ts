// One-time tokens for emailed links (sign-in links, invitations): 32 random bytes as base64url.
// Only the SHA-256 is stored, so a database leak does not hand out working links. Pure.
import { createHash, randomBytes } from "node:crypto";

export const ONE_TIME_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashOneTimeToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new random token and the hash to store; the token itself only ever goes into the email. */
export function createOneTimeToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashOneTimeToken(token) };
}

/** Whether a string could be a token at all, so malformed links never reach the database. */
export function isOneTimeTokenShaped(token: string): boolean {
  return ONE_TIME_TOKEN_PATTERN.test(token);
}
