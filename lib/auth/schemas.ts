import { z } from "zod";

export const emailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .min(1, "Enter your email address")
  .max(254, "Email address must be 254 characters or fewer")
  .pipe(z.email({ error: "Enter an email address in the correct format, like name@example.org" }))
  .transform((email) => email.toLowerCase());

export const passwordSignInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(200, "Password must be 200 characters or fewer"),
});

export const magicLinkRequestSchema = z.object({ email: emailSchema });

export const magicLinkTokenSchema = z.object({
  // The shape of lib/security/one-time-token.ts, repeated because that module uses node:crypto
  // and this schema also runs in the browser.
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This sign-in link is not valid. Ask for a new one."),
});

/** Error codes the sign-in provider returns; the sign-in form turns them into messages. */
export const SIGN_IN_ERRORS = {
  INVALID_CREDENTIALS: "The email address or password is not right. Check them and try again.",
  TOO_MANY_ATTEMPTS: "Too many failed attempts. Wait 15 minutes, or sign in with an email link instead.",
  LINK_INVALID: "This sign-in link has expired or has already been used. Ask for a new one.",
  INVALID_INPUT: "Enter your email address and password.",
} as const;

export type SignInErrorCode = keyof typeof SIGN_IN_ERRORS;

export function signInErrorMessage(code: string | null | undefined): string {
  if (code && code in SIGN_IN_ERRORS) return SIGN_IN_ERRORS[code as SignInErrorCode];
  return "We could not sign you in. Please try again.";
}
