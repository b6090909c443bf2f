// Shared by the feedback round integration tests: the demo rounds (loaded when the seed has not
// already), rounds and answers written straight into the database, and refusals by kind.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { isoDateToDb, type IsoDate } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { newLinkCode } from "@/lib/feedback/rounds/link-code";
import { DEMO_FEEDBACK_LINK_CODES, seedDemoFeedback } from "@/lib/seed/demo-feedback";

export async function ensureDemoFeedback(prisma: PrismaClient): Promise<void> {
  if (await prisma.feedbackRound.findUnique({ where: { linkCode: DEMO_FEEDBACK_LINK_CODES.harbour } })) return;
  const organisations = new Map((await prisma.organisation.findMany({ select: { slug: true, id: true } })).map((o) => [o.slug, o.id]));
  const users = new Map((await prisma.user.findMany({ select: { email: true, id: true } })).map((u) => [u.email, u.id]));
  await prisma.$transaction((tx) => seedDemoFeedback(tx, { organisations, users }));
}

export async function demoRoundId(prisma: PrismaClient, which: keyof typeof DEMO_FEEDBACK_LINK_CODES): Promise<string> {
  return (await prisma.feedbackRound.findUniqueOrThrow({ where: { linkCode: DEMO_FEEDBACK_LINK_CODES[which] } })).id;
}

/** An OPEN round written directly (dates the service would refuse, such as past ones, allowed). */
export async function createRound(prisma: PrismaClient, slug: string, dates: { startsOn: IsoDate; endsOn: IsoDate }): Promise<string> {
  const organisation = await prisma.organisation.findUniqueOrThrow({ where: { slug } });
  const round = await prisma.feedbackRound.create({
    data: { organisationId: organisation.id, linkCode: newLinkCode(), startsOn: isoDateToDb(dates.startsOn), endsOn: isoDateToDb(dates.endsOn), services: "The drop-in" },
  });
  return round.id;
}

export const RAW_COMMENT = "Dawn Smith at 12 Canal Road helped me, ring 07700 900999";
export const REDACTED_COMMENT = "[name] at [address] helped me, ring [phone number]";

/** `count` people's answers, as the public form saves them; the first `carers` are carers, and the first person comments on statement 1. */
export async function addResponses(prisma: PrismaClient, roundId: string, count: number, options: { carers?: number; on?: IsoDate } = {}): Promise<void> {
  for (let i = 0; i < count; i++) {
    await prisma.feedbackResponse.create({
      data: {
        id: randomUUID(),
        roundId,
        submittedOn: isoDateToDb(options.on ?? "2026-01-10"),
        isCarer: i < (options.carers ?? 0),
        answers: {
          createMany: {
            data: [1, 2, 3, 4, 5, 6].map((statementNumber) => ({
              statementNumber,
              rating: statementNumber === 2 && i % 3 === 0 ? null : (i % 5) + 1,
              comment: i === 0 && statementNumber === 1 ? RAW_COMMENT : "",
              redactedComment: i === 0 && statementNumber === 1 ? REDACTED_COMMENT : "",
            })),
          },
        },
      },
    });
  }
}

export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
