import "server-only";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { sendMail } from "@/lib/mail/send-mail";
import { createOneTimeToken } from "@/lib/security/one-time-token";
import { allowMagicLinkRequest } from "@/lib/auth/throttle";

const LINK_LIFETIME_MINUTES = 15;

export type MagicLinkRequestResult = { status: "sent" } | { status: "throttled" };

/**
 * Emails a one-time sign-in link when the address has an account. The answer is the same
 * whether or not it does, so the form cannot be used to find out who has an account.
 */
export async function requestMagicLink(email: string, ip: string): Promise<MagicLinkRequestResult> {
  if (!(await allowMagicLinkRequest(email, ip))) return { status: "throttled" };
  const user = await db().user.findUnique({ where: { email }, select: { id: true, name: true } });
  if (!user) return { status: "sent" };

  const { token, tokenHash } = createOneTimeToken();
  await db().magicLinkToken.create({
    data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + LINK_LIFETIME_MINUTES * 60_000) },
  });
  const link = new URL(`/sign-in/link?token=${token}`, getEnv().NEXTAUTH_URL).toString();
  await sendMail({
    to: email,
    subject: "Your sign-in link for the Coproduction Quality Mark",
    text: [
      `Hello ${user.name},`,
      "",
      "Use this link to sign in. It works once and for the next 15 minutes:",
      link,
      "",
      "If you did not ask for it, you can ignore this email. Nobody can sign in without the link.",
    ].join("\n"),
  });
  return { status: "sent" };
}
