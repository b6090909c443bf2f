// Riverside Peer Support shares its evidence with the demo commissioning body, so a commissioner
// sees what shared evidence looks like on a profile; the other providers do not.
import type { PrismaClient } from "@/generated/prisma/client";

type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export async function seedDemoSharing(tx: Tx, ctx: { organisations: Map<string, string>; users: Map<string, string> }): Promise<void> {
  const providerId = ctx.organisations.get("riverside-peer-support");
  const commissionerId = ctx.organisations.get("leeds-place-commissioning");
  if (!providerId || !commissionerId) throw new Error("Demo sharing needs Riverside Peer Support and the Leeds Place commissioning body");
  await tx.evidenceShare.create({ data: { providerId, commissionerId, sharedById: ctx.users.get("admin@riverside-peer-support.demo.test") ?? null } });
}
