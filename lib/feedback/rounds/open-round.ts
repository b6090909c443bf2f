import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/access/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { isoDateToDb, todayInLondon, type IsoDate } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { feedbackOrganisation } from "@/lib/feedback/rounds/access";
import { closeOverdueRounds } from "@/lib/feedback/rounds/closing";
import { newLinkCode } from "@/lib/feedback/rounds/link-code";
import { openingBlocker } from "@/lib/feedback/rounds/opening-blocker";
import { openRoundSchema } from "@/lib/feedback/rounds/schemas";

type Options = { today?: IsoDate; /** For tests: where new link codes come from. */ newLinkCode?: () => string };

const CODE_TRIES = 5;
const TRANSACTION_TRIES = 3;

/**
 * Opens a feedback round for the organisation (its admins only): dates checked again here
 * (starting today or later, ending after the start and within three months), refused with the
 * reason while an assessment visit is in progress or another round is open. The organisation's
 * row is locked, so two admins opening at once get one round. Returns the new round's id.
 */
export async function openFeedbackRound(actor: Actor, slug: string, input: unknown, options: Options = {}): Promise<{ id: string }> {
  const organisation = await feedbackOrganisation(actor, slug, "feedback:manage");
  const today = options.today ?? todayInLondon();
  const parsed = openRoundSchema({ today }).safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", "Check the details of the round.", z.flattenError(parsed.error).fieldErrors);
  const values = parsed.data;
  await closeOverdueRounds(db(), { today, organisationId: organisation.id });
  const generate = options.newLinkCode ?? (() => newLinkCode());

  for (let attempt = 1; ; attempt++) {
    try {
      return await db().$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisation.id} FOR NO KEY UPDATE`;
        const blocker = await openingBlocker(tx, organisation.id);
        if (blocker) throw new AppError("INVALID", blocker);
        const linkCode = await unusedLinkCode(tx, generate);
        const round = await tx.feedbackRound.create({
          data: { organisationId: organisation.id, linkCode, startsOn: isoDateToDb(values.startsOn), endsOn: isoDateToDb(values.endsOn), services: values.services, createdById: actor.userId },
          select: { id: true },
        });
        await recordAudit(tx, {
          actorUserId: actor.userId,
          organisationId: organisation.id,
          action: "feedback_round.opened",
          entityType: "FeedbackRound",
          entityId: round.id,
          after: { status: "OPEN", startsOn: values.startsOn, endsOn: values.endsOn, linkCode },
        });
        return round;
      });
    } catch (error) {
      // Another round took the same code between our check and the insert: start again.
      const clash = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (clash && attempt < TRANSACTION_TRIES) continue;
      throw error;
    }
  }
}

async function unusedLinkCode(tx: Prisma.TransactionClient, generate: () => string): Promise<string> {
  for (let i = 0; i < CODE_TRIES; i++) {
    const code = generate();
    if (!(await tx.feedbackRound.findUnique({ where: { linkCode: code }, select: { id: true } }))) return code;
  }
  throw new Error("Could not find an unused feedback link code");
}
