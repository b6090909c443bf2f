import type { PrismaClient } from "@/generated/prisma/client";
import type { IsoDate } from "@/lib/dates";
import { closeOverdueRounds } from "@/lib/feedback/rounds/closing";

/**
 * The daily close of feedback rounds whose end date has passed (before `today`, a UK date).
 * Each round is locked while it closes and is closed once, so two instances running this at the
 * same moment, or a page closing the same round, do the work once. Returns how many it closed.
 */
export async function closeFeedbackRounds(prisma: PrismaClient, run: { today: IsoDate }): Promise<number> {
  return closeOverdueRounds(prisma, { today: run.today });
}
