import "server-only";
import { bearerKey, hashApiKey, isApiKeyShaped } from "@/lib/api-keys/key-format";
import { db } from "@/lib/db/client";

export type ApiCaller = { keyId: string; organisationId: string };

// Recording every use would add a write to every request; a minute's precision is plenty for
// "last used".
const LAST_USED_PRECISION_MS = 60_000;

/** The key's commissioning body, or null for a missing, malformed, unknown or revoked key. */
export async function authenticateApiKey(authorization: string | null, now: Date = new Date()): Promise<ApiCaller | null> {
  const key = bearerKey(authorization);
  if (!key || !isApiKeyShaped(key)) return null;
  const found = await db().apiKey.findUnique({ where: { keyHash: hashApiKey(key) }, select: { id: true, organisationId: true, revokedAt: true, lastUsedAt: true } });
  if (!found || found.revokedAt) return null;
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await db().apiKey.update({ where: { id: found.id }, data: { lastUsedAt: now } });
  }
  return { keyId: found.id, organisationId: found.organisationId };
}
