// Shared by the members*.test.ts files: reading invitation links from the outbox and checking
// the kind of error a service throws.
import { expect } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";

/** The token from the newest invitation email to `to`. */
export async function latestInvitationToken(prisma: PrismaClient, to: string): Promise<string> {
  const email = await prisma.outboxEmail.findFirstOrThrow({ where: { to, subject: { startsWith: "You are invited" } }, orderBy: { createdAt: "desc" } });
  const token = /\/invitations\/([A-Za-z0-9_-]{43})(\s|$)/.exec(email.text)?.[1];
  if (!token) throw new Error("No invitation link in the email");
  return token;
}

export async function expectAppError(promise: Promise<unknown>, kind: AppError["kind"], message?: RegExp): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected ${kind}`).toBeInstanceOf(AppError);
  expect((error as AppError).kind).toBe(kind);
  if (message) expect((error as AppError).message).toMatch(message);
  return error as AppError;
}
