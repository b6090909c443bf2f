import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AwardStatus, ConditionStatus, ReviewStatus } from "@/generated/prisma/enums";
import { readAwardSnapshot, type AwardSnapshot } from "@/lib/awards/award-snapshot";
import { awardStanding, type StandingView } from "@/lib/awards/standing";
import { dbDateToIso, todayInLondon, type IsoDate } from "@/lib/dates";

export type ConditionView = { id: string; description: string; dueOn: IsoDate; status: ConditionStatus; outcomeNote: string; resolvedOn: IsoDate | null; overdue: boolean };

export type ReviewView = { status: ReviewStatus; grounds: string; requestedOn: IsoDate; decidedOn: IsoDate | null; outcomeLevel: number | null; outcomeReason: string };

export type AwardView = {
  id: string;
  level: number;
  issuedLevel: number;
  issuedOn: IsoDate;
  expiresOn: IsoDate;
  reviewDueOn: IsoDate;
  verificationCode: string;
  status: AwardStatus;
  statusReason: string;
  standing: StandingView;
  snapshot: AwardSnapshot;
  conditions: ConditionView[];
  review: ReviewView | null;
};

/** The award's columns every award view reads; reasons and notes only go to people who may see them. */
export const AWARD_VIEW_SELECT = {
  id: true,
  level: true,
  issuedLevel: true,
  issuedAt: true,
  expiresOn: true,
  reviewDueOn: true,
  verificationCode: true,
  status: true,
  statusReason: true,
  snapshot: true,
  conditions: { orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }], select: { id: true, description: true, dueOn: true, status: true, outcomeNote: true, resolvedAt: true } },
  review: { select: { status: true, grounds: true, requestedAt: true, decidedAt: true, outcomeLevel: true, outcomeReason: true } },
} satisfies Prisma.AwardSelect;

type Row = {
  id: string;
  level: number;
  issuedLevel: number;
  issuedAt: Date;
  expiresOn: Date;
  reviewDueOn: Date;
  verificationCode: string;
  status: AwardStatus;
  statusReason: string;
  snapshot: unknown;
  conditions: { id: string; description: string; dueOn: Date; status: ConditionStatus; outcomeNote: string; resolvedAt: Date | null }[];
  review: { status: ReviewStatus; grounds: string; requestedAt: Date; decidedAt: Date | null; outcomeLevel: number | null; outcomeReason: string } | null;
};

// Timestamps shown as dates are London days, as the deadlines they sit beside.
const londonDay = (at: Date) => todayInLondon(at);

export function toAwardView(row: Row, today: IsoDate): AwardView {
  const expiresOn = dbDateToIso(row.expiresOn);
  return {
    id: row.id,
    level: row.level,
    issuedLevel: row.issuedLevel,
    issuedOn: londonDay(row.issuedAt),
    expiresOn,
    reviewDueOn: dbDateToIso(row.reviewDueOn),
    verificationCode: row.verificationCode,
    status: row.status,
    statusReason: row.statusReason,
    standing: awardStanding({ status: row.status, expiresOn, reviewPending: row.review?.status === "REQUESTED" }, today),
    snapshot: readAwardSnapshot(row.snapshot),
    conditions: row.conditions.map((c) => {
      const dueOn = dbDateToIso(c.dueOn);
      return { id: c.id, description: c.description, dueOn, status: c.status, outcomeNote: c.outcomeNote, resolvedOn: c.resolvedAt ? londonDay(c.resolvedAt) : null, overdue: c.status === "OPEN" && dueOn < today };
    }),
    review: row.review
      ? {
          status: row.review.status,
          grounds: row.review.grounds,
          requestedOn: londonDay(row.review.requestedAt),
          decidedOn: row.review.decidedAt ? londonDay(row.review.decidedAt) : null,
          outcomeLevel: row.review.outcomeLevel,
          outcomeReason: row.review.outcomeReason,
        }
      : null,
  };
}
