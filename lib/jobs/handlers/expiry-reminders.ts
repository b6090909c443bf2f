import type { PrismaClient } from "@/generated/prisma/client";
import type { ReminderKind } from "@/generated/prisma/enums";
import { dbDateToIso, formatIsoDate, isoDateToDb, type IsoDate } from "@/lib/dates";
import { queueMail } from "@/lib/mail/queue-mail";
import { daysBetween, latestExpiryDue, reminderDue } from "@/lib/jobs/reminder-due";

export type ReminderRun = { today: IsoDate; baseUrl: string };

type DueAward = { id: string; level: number; expiresOn: IsoDate; organisationId: string; organisationName: string; organisationSlug: string };

/**
 * The daily expiry reminders. Only ACTIVE awards are reminded: a suspended award is not in force,
 * and telling its organisation to renew would cut across what the scheme team has asked of it (if
 * the suspension is lifted, the next run sends whichever reminder is then due). Each award's
 * reminder is claimed by inserting its AwardReminder row (primary key: award and kind) and the
 * emails are queued in the same transaction, so however many instances run this at once, each
 * administrator gets one email per award and kind. Returns how many reminders were sent now.
 */
export async function sendExpiryReminders(prisma: PrismaClient, run: ReminderRun): Promise<number> {
  const candidates = await prisma.award.findMany({
    where: { status: "ACTIVE", expiresOn: { gte: isoDateToDb(run.today), lte: isoDateToDb(latestExpiryDue(run.today)) } },
    select: { id: true, level: true, expiresOn: true, organisationId: true, organisation: { select: { name: true, slug: true } } },
    orderBy: { expiresOn: "asc" },
  });
  let sent = 0;
  for (const c of candidates) {
    const award: DueAward = { id: c.id, level: c.level, expiresOn: dbDateToIso(c.expiresOn), organisationId: c.organisationId, organisationName: c.organisation.name, organisationSlug: c.organisation.slug };
    const kind = reminderDue(award.expiresOn, run.today);
    if (kind && (await remindOnce(prisma, award, kind, run))) sent += 1;
  }
  return sent;
}

/** One award, one kind, one transaction: a failure here leaves the others' reminders alone. */
async function remindOnce(prisma: PrismaClient, award: DueAward, kind: ReminderKind, run: ReminderRun): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const inserted = await tx.$executeRaw`
      INSERT INTO "AwardReminder" ("awardId", kind) VALUES (${award.id}, ${kind}::"ReminderKind") ON CONFLICT DO NOTHING`;
    if (inserted === 0) return false;
    const admins = await tx.user.findMany({
      where: { memberships: { some: { organisationId: award.organisationId, role: "ORG_ADMIN" } } },
      select: { name: true, email: true },
      orderBy: { email: "asc" },
    });
    for (const admin of admins) await queueMail(tx, { to: admin.email, ...reminderEmail(award, kind, admin.name, run) });
    return true;
  });
}

/** Plain English: the level, the date, how long is left, and where to start renewing. */
export function reminderEmail(award: DueAward, kind: ReminderKind, name: string, run: ReminderRun): { subject: string; text: string } {
  const date = formatIsoDate(award.expiresOn);
  const left = daysBetween(run.today, award.expiresOn);
  const when = left === 0 ? "today" : left === 1 ? "tomorrow" : `in ${left} days`;
  const link = new URL(`/organisations/${encodeURIComponent(award.organisationSlug)}/award`, run.baseUrl).toString();
  const urgency =
    kind === "EXPIRY_30_DAYS"
      ? "If you have not started your renewal yet, please start it now. Without a new assessment the award will lapse, and commissioners will see that it has expired."
      : "Now is a good time to start your renewal. It means updating your self-assessment and asking for a new assessment, and a visit takes a few weeks to arrange.";
  return {
    subject: `${award.organisationName}'s Coproduction Quality Mark award expires ${when}`,
    text: [
      `Hello ${name},`,
      "",
      `${award.organisationName} holds the Coproduction Quality Mark at level ${award.level}. The award expires on ${date}, ${when}.`,
      "",
      urgency,
      "",
      `You can start your renewal here: ${link}`,
      "",
      "If you have already started, you do not need to do anything. If you have questions, or need more time, just reply to the scheme team.",
      "",
      "Thank you,",
      "The Coproduction Quality Mark team",
    ].join("\n"),
  };
}
