// The public face of an award, shared by the verification page, the certificate and the badge:
// the level, dates, standing and the frozen level of each statement. No people, no notes.
import type { Prisma } from "@/generated/prisma/client";
import type { AwardStatus } from "@/generated/prisma/enums";
import { readAwardSnapshot } from "@/lib/awards/award-snapshot";
import { awardStanding, type StandingView } from "@/lib/awards/standing";
import { dbDateToIso, todayInLondon, type IsoDate } from "@/lib/dates";

export type PublicAward = {
  code: string;
  organisationName: string;
  area: string;
  level: number;
  issuedOn: IsoDate;
  expiresOn: IsoDate;
  visitDate: IsoDate;
  standing: StandingView;
  standardTitle: string;
  statements: Array<{ number: number; text: string; level: number }>;
};

export const PUBLIC_AWARD_SELECT = {
  verificationCode: true,
  level: true,
  issuedAt: true,
  expiresOn: true,
  status: true,
  snapshot: true,
  organisation: { select: { name: true, area: true } },
  review: { select: { status: true } },
} satisfies Prisma.AwardSelect;

type Row = {
  verificationCode: string;
  level: number;
  issuedAt: Date;
  expiresOn: Date;
  status: AwardStatus;
  snapshot: unknown;
  organisation: { name: string; area: string };
  review: { status: "REQUESTED" | "DECIDED" } | null;
};

export function toPublicAward(row: Row, today: IsoDate): PublicAward {
  const snapshot = readAwardSnapshot(row.snapshot);
  const expiresOn = dbDateToIso(row.expiresOn);
  const texts = new Map(snapshot.statements.map((s) => [s.number, s.text]));
  return {
    code: row.verificationCode,
    organisationName: row.organisation.name,
    area: row.organisation.area,
    level: row.level,
    // Issue times are shown as the London day they happened on.
    issuedOn: todayInLondon(row.issuedAt),
    expiresOn,
    visitDate: snapshot.visit.date,
    standing: awardStanding({ status: row.status, expiresOn, reviewPending: row.review?.status === "REQUESTED" }, today),
    standardTitle: snapshot.framework.title,
    statements: snapshot.result.statements.map((s) => ({ number: s.number, text: texts.get(s.number) ?? s.title ?? "", level: s.level })),
  };
}
