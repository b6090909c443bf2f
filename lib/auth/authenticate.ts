import "server-only";
import { db } from "@/lib/db/client";
import { dummyVerify, verifyPassword } from "@/lib/auth/passwords";
import { magicLinkTokenSchema, passwordSignInSchema, type SignInErrorCode } from "@/lib/auth/schemas";
import { hashOneTimeToken } from "@/lib/security/one-time-token";
import { clearFailedSignIns, isSignInBlocked, recordFailedSignIn } from "@/lib/auth/throttle";

export type AuthenticatedUser = { id: string; email: string; name: string };
export type AuthenticationResult = { ok: true; user: AuthenticatedUser } | { ok: false; code: SignInErrorCode };

/** Checks an email and password, throttling repeated failures per account and per address. */
export async function authenticateWithPassword(input: unknown, ip: string): Promise<AuthenticationResult> {
  const parsed = passwordSignInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT" };
  const { email, password } = parsed.data;

  if (await isSignInBlocked(email, ip)) return { ok: false, code: "TOO_MANY_ATTEMPTS" };

  const user = await db().user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await dummyVerify(password);
  if (!user || !valid) {
    await recordFailedSignIn(email, ip);
    return { ok: false, code: "INVALID_CREDENTIALS" };
  }
  await clearFailedSignIns(email);
  await db().user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

/** Uses a one-time sign-in link. The update is conditional, so a link works exactly once. */
export async function authenticateWithMagicLink(input: unknown): Promise<AuthenticationResult> {
  const parsed = magicLinkTokenSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "LINK_INVALID" };
  const now = new Date();
  const tokenHash = hashOneTimeToken(parsed.data.token);
  const used = await db().magicLinkToken.updateManyAndReturn({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
    select: { user: { select: { id: true, email: true, name: true } } },
  });
  const user = used[0]?.user;
  if (!user) return { ok: false, code: "LINK_INVALID" };
  await db().user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  return { ok: true, user };
}
