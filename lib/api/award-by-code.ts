import "server-only";
import { readAwardSnapshot } from "@/lib/awards/award-snapshot";
import { awardStanding } from "@/lib/awards/standing";
import { normaliseVerificationCode } from "@/lib/awards/verification-code";
import { db } from "@/lib/db/client";
import { dbDateToIso, todayInLondon, type IsoDate } from "@/lib/dates";
import { notFound } from "@/lib/errors";
import { statementLevels } from "@/lib/api/represent";
import type { ApiAward } from "@/lib/api/schemas";

/** An award by its certificate code, as the API gives it; NOT_FOUND for malformed or unknown codes. */
export async function apiAwardByCode(input: string, today: IsoDate = todayInLondon()): Promise<ApiAward> {
  const code = normaliseVerificationCode(String(input).slice(0, 64));
  if (!code) throw notFound("award");
  const award = await db().award.findUnique({
    where: { verificationCode: code },
    select: {
      verificationCode: true,
      level: true,
      issuedAt: true,
      expiresOn: true,
      status: true,
      snapshot: true,
      rulesVersion: true,
      organisation: { select: { id: true, name: true } },
      frameworkVersion: { select: { version: true } },
      review: { select: { status: true } },
    },
  });
  if (!award) throw notFound("award");
  const snapshot = readAwardSnapshot(award.snapshot);
  const expiresOn = dbDateToIso(award.expiresOn);
  const standing = awardStanding({ status: award.status, expiresOn, reviewPending: award.review?.status === "REQUESTED" }, today);
  return {
    verificationCode: award.verificationCode,
    organisation: award.organisation,
    level: award.level,
    issuedOn: todayInLondon(award.issuedAt),
    expiresOn,
    standing: standing.standing,
    underReview: standing.underReview,
    frameworkVersion: award.frameworkVersion.version,
    rulesVersion: award.rulesVersion,
    statements: statementLevels(snapshot),
  };
}
