import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { notFound } from "@/lib/errors";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { evidenceFormSchema, fieldErrorsOf } from "@/lib/evidence/schemas";
import { evidenceColumns } from "@/lib/evidence/columns";
import { currentCriterionIds, findPublishedCriteria } from "@/lib/evidence/criteria";
import { linkChanges, snapshotOf, updatedChanges } from "@/lib/evidence/history-changes";
import { recordHistory } from "@/lib/evidence/record-history";
import { evidenceWhere, invalid, parseVersion, staleVersion } from "@/lib/evidence/scope";
import { checkForm, withStoredFile, type Upload } from "@/lib/evidence/uploads";

const FILE_SELECT = { select: { filename: true, size: true, sha256: true } } as const;

/**
 * Saves changes to an evidence item made from a form opened at `expectedVersion`. If anyone
 * changed the item since, nothing is saved and a CONFLICT says so (optimistic locking). Its kind
 * stays as it is; a file item may get a replacement file, stored as a new file so earlier
 * snapshots keep pointing at what was seen. The criteria of the current standard are set to
 * those chosen; links to older versions' criteria are left alone.
 */
export async function updateEvidence(actor: Actor, organisationSlug: string, evidenceId: string, expectedVersion: unknown, input: unknown, upload: Upload | null): Promise<void> {
  const version = parseVersion(expectedVersion);
  const where = { id: evidenceId, deletedAt: null, ...evidenceWhere(actor, organisationSlug, "evidence:edit") };
  const organisation = await getOrganisation(actor, organisationSlug, "evidence:edit");
  const existing = await db().evidenceItem.findFirst({ where, select: { kind: true } });
  if (!existing) throw notFound("evidence");

  // The kind comes from the stored item, never from the form.
  const parsed = evidenceFormSchema.safeParse({ ...(typeof input === "object" ? input : {}), kind: existing.kind });
  const file = existing.kind === "FILE" ? await checkForm(upload, false) : null;
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  if (file && "error" in file) errors.file = [file.error];
  if (!parsed.success || Object.keys(errors).length > 0) throw invalid(errors);
  const data = parsed.data;

  await withStoredFile(file && !("error" in file) ? file : null, organisation.id, (storeFile) =>
    db().$transaction(
      async (tx) => {
        const before = await tx.evidenceItem.findFirst({ where, include: { file: FILE_SELECT, links: { select: { criterionId: true } } } });
        if (!before) throw notFound("evidence");
        if (before.version !== version) throw staleVersion();
        const criteria = await findPublishedCriteria(tx, data.criterionIds);
        const stored = storeFile ? await storeFile(tx) : null;
        const fields = evidenceColumns(data);
        // The version in the filter makes a concurrent save lose cleanly rather than overwrite.
        const { count } = await tx.evidenceItem.updateMany({
          where: { id: before.id, version },
          data: { ...fields, ...(stored ? { fileId: stored.id } : {}), version: { increment: 1 }, updatedById: actor.userId },
        });
        if (count === 0) throw staleVersion();

        const base = { evidenceId: before.id, organisationId: before.organisationId, actorId: actor.userId };
        const changes = updatedChanges(snapshotOf(before), snapshotOf({ ...before, ...fields, file: stored?.summary ?? before.file }));
        if (changes) await recordHistory(tx, { ...base, change: "UPDATED", changes });

        const linked = new Set(before.links.map((l) => l.criterionId));
        const current = await currentCriterionIds(tx);
        const wanted = new Set(criteria.map((c) => c.id));
        const added = criteria.filter((c) => !linked.has(c.id));
        const removedIds = [...linked].filter((id) => current.has(id) && !wanted.has(id));
        if (added.length > 0) {
          await tx.evidenceLink.createMany({ data: added.map((c) => ({ evidenceId: before.id, criterionId: c.id, organisationId: before.organisationId })), skipDuplicates: true });
          for (const criterion of added) await recordHistory(tx, { ...base, change: "LINKED", changes: linkChanges(criterion) });
        }
        if (removedIds.length > 0) {
          await tx.evidenceLink.deleteMany({ where: { evidenceId: before.id, criterionId: { in: removedIds } } });
          const removed = await tx.criterion.findMany({ where: { id: { in: removedIds } }, select: { id: true, code: true } });
          for (const criterion of removed) await recordHistory(tx, { ...base, change: "UNLINKED", changes: linkChanges(criterion) });
        }
      },
      { timeout: 30_000 },
    ),
  );
}
