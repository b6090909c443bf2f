// Loads the demo organisations' evidence library. Runs inside the seed's transaction, outside
// Next.js, so it takes the transaction client and imports nothing server-only. Files are kept in
// PostgreSQL, as the app does by default, each with its SHA-256.
import type { PrismaClient } from "@/generated/prisma/client";
import { isoDateToDb } from "@/lib/dates";
import { createdChanges, linkChanges, snapshotOf } from "@/lib/evidence/history-changes";
import { sha256Hex } from "@/lib/evidence/storage/hash";
import { DEMO_EVIDENCE, type DemoEvidence } from "@/lib/seed/demo-evidence-content";
import { demoFile } from "@/lib/seed/demo-files";

type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type DemoEvidenceContext = {
  /** Organisation slug → id. */
  organisations: Map<string, string>;
  /** User email → id. */
  users: Map<string, string>;
  /** Criterion code → id, in the published version 1 of the standard. */
  criteria: Map<string, string>;
};

function need(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Demo evidence names an unknown ${what}: ${key}`);
  return id;
}

/** Adds every demo evidence item with its file, links and history. Returns how many were added. */
export async function seedDemoEvidence(tx: Tx, ctx: DemoEvidenceContext): Promise<number> {
  for (const item of DEMO_EVIDENCE) await seedDemoEvidenceItem(tx, ctx, item);
  return DEMO_EVIDENCE.length;
}

/** Adds one item with its file, links and history, as the app would have; returns its id. */
export async function seedDemoEvidenceItem(tx: Tx, ctx: DemoEvidenceContext, item: DemoEvidence): Promise<string> {
  const organisationId = need(ctx.organisations, item.organisation, "organisation");
  const actorId = need(ctx.users, `${item.by}@${item.organisation}.demo.test`, "user");
  const criteria = item.criteria.map((code) => ({ id: need(ctx.criteria, code, "criterion"), code }));
  // Added to the library the day after the evidence is from, in working hours.
  const createdAt = new Date(Date.parse(`${item.date}T10:00:00Z`) + 24 * 60 * 60 * 1000);

  const file = item.file ? demoFile(item.file.filename, item.title, item.file.lines) : null;
  const stored = file
    ? await tx.storedFile.create({
        data: { organisationId, filename: file.filename, mimeType: file.mimeType, size: file.bytes.byteLength, sha256: sha256Hex(file.bytes), storage: "postgres", storageKey: null, content: file.bytes, createdAt },
        select: { id: true, filename: true, size: true, sha256: true },
      })
    : null;

  const fields = {
    kind: stored ? ("FILE" as const) : item.link ? ("LINK" as const) : ("ACCOUNT" as const),
    title: item.title,
    description: item.description ?? null,
    evidenceDate: isoDateToDb(item.date),
    type: item.type,
    source: item.source,
    consentGiven: item.consentNote !== undefined,
    consentNote: item.consentNote ?? null,
    url: item.link ?? null,
    body: item.account ?? null,
  };
  const evidence = await tx.evidenceItem.create({
    data: { ...fields, organisationId, fileId: stored?.id ?? null, createdById: actorId, updatedById: actorId, createdAt, updatedAt: createdAt },
    select: { id: true },
  });
  const base = { evidenceId: evidence.id, organisationId, actorId, createdAt };
  await tx.evidenceHistory.create({ data: { ...base, change: "CREATED", changes: createdChanges(snapshotOf({ ...fields, file: stored })) } });
  if (criteria.length === 0) return evidence.id;
  await tx.evidenceLink.createMany({ data: criteria.map((c) => ({ evidenceId: evidence.id, criterionId: c.id, organisationId, createdAt })) });
  await tx.evidenceHistory.createMany({ data: criteria.map((c) => ({ ...base, change: "LINKED" as const, changes: linkChanges(c) })) });
  return evidence.id;
}
