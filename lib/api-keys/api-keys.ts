import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { commissioningBodyIds } from "@/lib/register/provider-profile";
import { createApiKeySecret } from "@/lib/api-keys/key-format";
import { apiKeyNameSchema } from "@/lib/api-keys/schemas";

export type ApiKeyView = { id: string; name: string; prefix: string; createdAt: Date; createdByName: string | null; lastUsedAt: Date | null; revokedAt: Date | null };

/** The commissioning body whose keys the actor manages: their own, as a commissioner. */
function bodyOf(actor: Actor): string {
  const [body] = commissioningBodyIds(actor);
  if (!body) throw notFound("page");
  return body;
}

export async function listApiKeys(actor: Actor): Promise<ApiKeyView[]> {
  const keys = await db().apiKey.findMany({
    where: { organisationId: bodyOf(actor) },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true, createdById: true },
  });
  const creators = await db().user.findMany({ where: { id: { in: keys.flatMap((k) => (k.createdById ? [k.createdById] : [])) } }, select: { id: true, name: true } });
  const names = new Map(creators.map((u) => [u.id, u.name]));
  return keys.map(({ createdById, ...k }) => ({ ...k, createdByName: createdById ? (names.get(createdById) ?? null) : null }));
}

/**
 * Creates a key for the actor's commissioning body. The key itself is returned once, to be shown
 * once; only its hash is kept.
 */
export async function createApiKey(actor: Actor, input: unknown): Promise<{ id: string; key: string }> {
  const organisationId = bodyOf(actor);
  const parsed = apiKeyNameSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", "Check the name of the key.", z.flattenError(parsed.error).fieldErrors);
  const secret = createApiKeySecret();
  return db().$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: { organisationId, name: parsed.data.name, prefix: secret.prefix, keyHash: secret.keyHash, createdById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, { actorUserId: actor.userId, organisationId, action: "api_key.created", entityType: "ApiKey", entityId: created.id, after: { prefix: secret.prefix } });
    return { id: created.id, key: secret.key };
  });
}

/** Revokes one of the body's keys; it stops working on the next request. */
export async function revokeApiKey(actor: Actor, keyId: string): Promise<void> {
  const organisationId = bodyOf(actor);
  await db().$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id: String(keyId), organisationId }, select: { id: true, revokedAt: true } });
    if (!key) throw notFound("API key");
    if (key.revokedAt) return;
    await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date(), revokedById: actor.userId } });
    await recordAudit(tx, { actorUserId: actor.userId, organisationId, action: "api_key.revoked", entityType: "ApiKey", entityId: key.id, before: { revoked: false }, after: { revoked: true } });
  });
}
