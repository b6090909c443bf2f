import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { dbDateToIso, type IsoDate } from "@/lib/dates";
import { checkIsOver } from "@/lib/moderation/stages";

export type PointView = { id: string; statementNumber: number | null; whatIsWrong: string; evidence: string; response: string; respondedAt: Date | null; createdAt: Date };

export type CheckView = {
  sentAt: Date;
  dueOn: IsoDate;
  respondedAt: Date | null;
  confirmedAccurate: boolean;
  /** Replied, or the last day has passed: the points are final and the decision may be made. */
  over: boolean;
  points: PointView[];
};

type Reader = Pick<Prisma.TransactionClient, "factualAccuracyCheck">;

/** A visit's factual-accuracy check with its points, oldest first, or null when none was sent. */
export async function readCheck(reader: Reader, visitId: string, today: IsoDate): Promise<CheckView | null> {
  const check = await reader.factualAccuracyCheck.findUnique({
    where: { visitId },
    select: {
      sentAt: true,
      dueOn: true,
      respondedAt: true,
      confirmedAccurate: true,
      points: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, statementNumber: true, whatIsWrong: true, evidence: true, response: true, respondedAt: true, createdAt: true } },
    },
  });
  if (!check) return null;
  const dueOn = dbDateToIso(check.dueOn);
  return { ...check, dueOn, over: checkIsOver({ dueOn, responded: check.respondedAt !== null }, today) };
}
