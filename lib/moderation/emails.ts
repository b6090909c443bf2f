import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { formatIsoDate, type IsoDate } from "@/lib/dates";
import { queueMail, type Mail } from "@/lib/mail/queue-mail";

type Reader = Pick<Prisma.TransactionClient, "membership">;
type Writer = Pick<Prisma.TransactionClient, "outboxEmail">;
type Recipient = { email: string; name: string };

const SIGN_OFF = ["", "Thank you,", "The Coproduction Quality Mark team"];

/** The organisation's administrators: the people who answer for it in the scheme. */
export async function organisationAdmins(reader: Reader, organisationId: string): Promise<Recipient[]> {
  const rows = await reader.membership.findMany({ where: { organisationId, role: "ORG_ADMIN" }, select: { user: { select: { email: true, name: true } } }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => r.user);
}

const link = (path: string) => new URL(path, getEnv().NEXTAUTH_URL).toString();

export function accuracyCheckMails(to: Recipient[], organisation: { name: string; slug: string }, dueOn: IsoDate): Mail[] {
  return to.map((person) => ({
    to: person.email,
    subject: `Please check your assessment report by ${formatIsoDate(dueOn)}`,
    text: [
      `Hello ${person.name},`,
      "",
      `The Experts by Experience who visited ${organisation.name} have written their report. Before we decide on your award, please read it and tell us about anything that is factually wrong.`,
      "",
      `You have until ${formatIsoDate(dueOn)} (10 working days). For each point, say what is wrong and what evidence existed at the time of the visit that shows it. If everything is correct, you can tell us that instead.`,
      "",
      `Read the report: ${link(`/organisations/${organisation.slug}/assessment`)}`,
      ...SIGN_OFF,
    ].join("\n"),
  }));
}

export function accuracyResponseMail(to: Recipient, organisationName: string, visitId: string, points: number): Mail {
  const what = points === 0 ? "found no factual errors in the report" : `sent ${points} ${points === 1 ? "point" : "points"} about factual accuracy`;
  return {
    to: to.email,
    subject: `${organisationName} has checked its assessment report`,
    text: [`Hello ${to.name},`, "", `${organisationName} has ${what}.`, "", `Open the visit: ${link(`/admin/visits/${visitId}`)}`, ...SIGN_OFF].join("\n"),
  };
}

type AwardNews = { level: number; expiresOn: IsoDate; reviewDueOn: IsoDate; conditions: { description: string; dueOn: IsoDate }[] };

export function awardIssuedMails(to: Recipient[], organisation: { name: string; slug: string }, award: AwardNews): Mail[] {
  const conditions =
    award.conditions.length === 0
      ? []
      : ["", "The award comes with these conditions. Please meet each one by its date:", ...award.conditions.map((c) => `- ${c.description} (by ${formatIsoDate(c.dueOn)})`)];
  return to.map((person) => ({
    to: person.email,
    subject: `${organisation.name} has been awarded the Coproduction Quality Mark at level ${award.level}`,
    text: [
      `Hello ${person.name},`,
      "",
      `Congratulations: ${organisation.name} has been awarded the Coproduction Quality Mark at level ${award.level}. It is valid until ${formatIsoDate(award.expiresOn)}.`,
      ...conditions,
      "",
      `If you think we did not follow the scheme's process in reaching this decision, you can ask for a review until ${formatIsoDate(award.reviewDueOn)}.`,
      "",
      `See your award: ${link(`/organisations/${organisation.slug}/award`)}`,
      ...SIGN_OFF,
    ].join("\n"),
  }));
}

export function noAwardMails(to: Recipient[], organisation: { name: string; slug: string }): Mail[] {
  return to.map((person) => ({
    to: person.email,
    subject: `The outcome of ${organisation.name}'s assessment`,
    text: [
      `Hello ${person.name},`,
      "",
      `We have finished ${organisation.name}'s assessment. This time we are not issuing an award. Our reasons, the assessors' report and what is needed for level 1 are on your assessment page:`,
      link(`/organisations/${organisation.slug}/assessment`),
      "",
      "Your self-assessment, evidence and improvement plan are all still there, and you can ask for another assessment when you are ready.",
      ...SIGN_OFF,
    ].join("\n"),
  }));
}

/** Queues the emails in the caller's transaction: they exist if and only if the change they report commits. */
export async function queueAll(tx: Writer, mails: Mail[]): Promise<void> {
  for (const mail of mails) await queueMail(tx, mail);
}
