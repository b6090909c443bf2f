// API keys: "cqm_" and 43 random base64url characters (256 bits). Only the SHA-256 is stored, so a
// database leak hands out no working keys; the prefix lets people tell their keys apart. Pure.
import { createHash, randomBytes } from "node:crypto";

const KEY_PATTERN = /^cqm_[A-Za-z0-9_-]{43}$/;
export const PREFIX_LENGTH = 12;

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function createApiKeySecret(): { key: string; prefix: string; keyHash: string } {
  const key = `cqm_${randomBytes(32).toString("base64url")}`;
  return { key, prefix: key.slice(0, PREFIX_LENGTH), keyHash: hashApiKey(key) };
}

/** Whether a string could be a key at all, so junk never reaches the database. */
export function isApiKeyShaped(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/** The key from an `Authorization: Bearer …` header, or null. */
export function bearerKey(header: string | null): string | null {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1] ?? null;
}
