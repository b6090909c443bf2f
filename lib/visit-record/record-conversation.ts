import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, openForWriting } from "@/lib/visit-record/access";
import { conversationSchema } from "@/lib/visit-record/schemas";
import { assertInSnapshot, visitSnapshot } from "@/lib/visit-record/snapshot-lookup";

/**
 * Records whom the signed-in assessor spoke to about one statement (how many people who use the
 * service, carers and staff, and how) and their notes. Only ever their own row. The audit history
 * keeps the counts only: how and the notes are the assessor's words.
 */
export async function recordConversation(actor: Actor, visitId: string, statementNumber: number, input: unknown): Promise<void> {
  const parsed = conversationSchema.safeParse(input);
  await db().$transaction(async (tx) => {
    const access = await openForWriting(actor, visitId, tx);
    const snapshot = await visitSnapshot(tx, access.id);
    assertInSnapshot(snapshot.statements.some((s) => s.number === statementNumber), "statement");
    if (!parsed.success) throw invalid(parsed.error);
    const key = { visitId: access.id, statementNumber, assessorUserId: actor.userId };
    const saved = await tx.visitConversation.upsert({
      where: { visitId_statementNumber_assessorUserId: key },
      create: { ...key, ...parsed.data },
      update: parsed.data,
      select: { peopleWhoUseService: true, carers: true, staff: true },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: access.organisationId,
      action: "visit.conversation.recorded",
      entityType: "Visit",
      entityId: access.id,
      after: { statementNumber, assessorUserId: actor.userId, ...saved },
    });
  });
}
