import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { organisationWhere } from "@/lib/access/scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";

export type SharingRow = { commissionerId: string; name: string; area: string; shared: boolean; sharedAt: Date | null };

async function providerFor(actor: Actor, slug: string, permission: "organisation:view" | "organisation:edit"): Promise<{ id: string }> {
  const provider = await db().organisation.findFirst({ where: { AND: [{ slug: String(slug), kind: "PROVIDER" }, organisationWhere(actor, permission)] }, select: { id: true } });
  if (!provider) throw notFound("organisation");
  return provider;
}

/** Every commissioning body, and whether the provider shares its evidence with it. */
export async function listEvidenceSharing(actor: Actor, slug: string): Promise<SharingRow[]> {
  const provider = await providerFor(actor, slug, "organisation:edit");
  const [bodies, shares] = await Promise.all([
    db().organisation.findMany({ where: { kind: "COMMISSIONER" }, select: { id: true, name: true, area: true }, orderBy: { name: "asc" } }),
    db().evidenceShare.findMany({ where: { providerId: provider.id }, select: { commissionerId: true, sharedAt: true } }),
  ]);
  const sharedAt = new Map(shares.map((s) => [s.commissionerId, s.sharedAt]));
  return bodies.map((b) => ({ commissionerId: b.id, name: b.name, area: b.area, shared: sharedAt.has(b.id), sharedAt: sharedAt.get(b.id) ?? null }));
}

const choiceSchema = z.object({ share: z.enum(["yes", "no"], { error: "Choose whether to share your evidence" }) });

/**
 * Shares the provider's evidence with one commissioning body, or withdraws it (access ends at
 * once: the profile page reads the share on every request). Organisation admins only.
 */
export async function setEvidenceSharing(actor: Actor, slug: string, commissionerId: string, input: unknown): Promise<boolean> {
  const provider = await providerFor(actor, slug, "organisation:edit");
  const parsed = choiceSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", "Choose whether to share your evidence.", z.flattenError(parsed.error).fieldErrors);
  const share = parsed.data.share === "yes";
  return db().$transaction(async (tx) => {
    const body = await tx.organisation.findFirst({ where: { id: String(commissionerId), kind: "COMMISSIONER" }, select: { id: true } });
    if (!body) throw notFound("commissioning body");
    const key = { providerId: provider.id, commissionerId: body.id };
    const existing = await tx.evidenceShare.findUnique({ where: { providerId_commissionerId: key }, select: { sharedAt: true } });
    if (share && !existing) await tx.evidenceShare.create({ data: { ...key, sharedById: actor.userId } });
    if (!share && existing) await tx.evidenceShare.delete({ where: { providerId_commissionerId: key } });
    if (share !== Boolean(existing)) {
      await recordAudit(tx, {
        actorUserId: actor.userId,
        organisationId: provider.id,
        action: share ? "evidence.shared" : "evidence.sharing_withdrawn",
        entityType: "EvidenceShare",
        entityId: `${provider.id}:${body.id}`,
        before: { shared: Boolean(existing) },
        after: { shared: share },
      });
    }
    return share;
  });
}
