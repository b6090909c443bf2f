import "server-only";
import { hit, peek, reset, type RateLimitRule } from "@/lib/security/rate-limit";

// Failed sign-ins are limited per account (guessing one password) and per address (trying
// many accounts). Successful sign-in clears the account's count.
export const ACCOUNT_RULE: RateLimitRule = { limit: 5, windowSeconds: 15 * 60 };
export const ADDRESS_RULE: RateLimitRule = { limit: 30, windowSeconds: 15 * 60 };
export const MAGIC_LINK_RULE: RateLimitRule = { limit: 3, windowSeconds: 15 * 60 };

const accountKey = (email: string) => `sign-in:account:${email}`;
const addressKey = (ip: string) => `sign-in:ip:${ip}`;

export async function isSignInBlocked(email: string, ip: string): Promise<boolean> {
  const [account, address] = await Promise.all([peek(accountKey(email), ACCOUNT_RULE), peek(addressKey(ip), ADDRESS_RULE)]);
  return !account.allowed || !address.allowed;
}

export async function recordFailedSignIn(email: string, ip: string): Promise<void> {
  await Promise.all([hit(accountKey(email), ACCOUNT_RULE), hit(addressKey(ip), ADDRESS_RULE)]);
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await reset(accountKey(email));
}

/** Counts one magic-link request for the email and the address; false when over the limit. */
export async function allowMagicLinkRequest(email: string, ip: string): Promise<boolean> {
  const [forEmail, forAddress] = await Promise.all([
    hit(`magic-link:email:${email}`, MAGIC_LINK_RULE),
    hit(`magic-link:ip:${ip}`, { limit: 20, windowSeconds: 15 * 60 }),
  ]);
  return forEmail.allowed && forAddress.allowed;
}
