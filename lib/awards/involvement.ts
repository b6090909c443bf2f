import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Involvement } from "@/lib/awards/rules";

type Reader = Pick<Prisma.TransactionClient, "award">;

/** Who took part in the decision behind an award: its issuer and the factual-accuracy check's people. */
export async function loadInvolvement(reader: Reader, awardId: string): Promise<Involvement> {
  const award = await reader.award.findUniqueOrThrow({
    where: { id: awardId },
    select: { issuedById: true, visit: { select: { accuracyCheck: { select: { sentById: true, points: { select: { respondedById: true } } } } } } },
  });
  const check = award.visit.accuracyCheck;
  return {
    issuedById: award.issuedById,
    accuracyCheckSentById: check?.sentById ?? null,
    accuracyPointResponderIds: check?.points.map((p) => p.respondedById) ?? [],
  };
}
