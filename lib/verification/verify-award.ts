import "server-only";
import { db } from "@/lib/db/client";
import { normaliseVerificationCode } from "@/lib/awards/verification-code";
import { todayInLondon, type IsoDate } from "@/lib/dates";
import { PUBLIC_AWARD_SELECT, toPublicAward, type PublicAward } from "@/lib/verification/public-award";

export type Lookup = { kind: "MALFORMED" } | { kind: "NOT_FOUND"; code: string } | { kind: "FOUND"; award: PublicAward };

/**
 * Looks an award up by the code printed on its certificate, as typed (case, spaces and look-alike
 * letters forgiven). Public: no sign-in. A code is 40 random bits, so knowing one is the key to
 * its award and nothing else; an unknown code says only that it is unknown.
 */
export async function lookUpAward(input: string, options: { today?: IsoDate } = {}): Promise<Lookup> {
  const code = normaliseVerificationCode(String(input).slice(0, 64));
  if (!code) return { kind: "MALFORMED" };
  const row = await db().award.findUnique({ where: { verificationCode: code }, select: PUBLIC_AWARD_SELECT });
  if (!row) return { kind: "NOT_FOUND", code };
  return { kind: "FOUND", award: toPublicAward(row, options.today ?? todayInLondon()) };
}
