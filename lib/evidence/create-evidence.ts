import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { evidenceFormSchema, fieldErrorsOf } from "@/lib/evidence/schemas";
import { evidenceColumns } from "@/lib/evidence/columns";
import { findPublishedCriteria } from "@/lib/evidence/criteria";
import { createdChanges, linkChanges, snapshotOf } from "@/lib/evidence/history-changes";
import { recordHistory } from "@/lib/evidence/record-history";
import { invalid } from "@/lib/evidence/scope";
import { checkForm, withStoredFile, type Upload } from "@/lib/evidence/uploads";

/**
 * Adds an evidence item (a file, a web link or a written account) to the organisation's
 * library, linked to any criteria chosen. The file, the item, its links and its history are
 * written in one transaction: on any failure nothing is kept. Returns the new item's id.
 */
export async function createEvidence(actor: Actor, organisationSlug: string, input: unknown, upload: Upload | null): Promise<{ id: string }> {
  const organisation = await getOrganisation(actor, organisationSlug, "evidence:edit");
  const parsed = evidenceFormSchema.safeParse(input);
  const isFile = parsed.success ? parsed.data.kind === "FILE" : typeof input === "object" && input !== null && "kind" in input && input.kind === "FILE";
  const file = isFile ? await checkForm(upload, true) : null;
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  if (file && "error" in file) errors.file = [file.error];
  if (!parsed.success || Object.keys(errors).length > 0) throw invalid(errors);
  const data = parsed.data;
  const checkedFile = file && !("error" in file) ? file : null;

  return withStoredFile(checkedFile, organisation.id, (storeFile) =>
    db().$transaction(
      async (tx) => {
        const criteria = await findPublishedCriteria(tx, data.criterionIds);
        const stored = storeFile ? await storeFile(tx) : null;
        const item = await tx.evidenceItem.create({
          data: {
            organisationId: organisation.id,
            kind: data.kind,
            ...evidenceColumns(data),
            fileId: stored?.id ?? null,
            createdById: actor.userId,
            updatedById: actor.userId,
          },
          select: { id: true },
        });
        const base = { evidenceId: item.id, organisationId: organisation.id, actorId: actor.userId };
        await recordHistory(tx, { ...base, change: "CREATED", changes: createdChanges(snapshotOf({ ...data, file: stored?.summary ?? null })) });
        if (criteria.length > 0) {
          await tx.evidenceLink.createMany({ data: criteria.map((c) => ({ evidenceId: item.id, criterionId: c.id, organisationId: organisation.id })) });
          for (const criterion of criteria) await recordHistory(tx, { ...base, change: "LINKED", changes: linkChanges(criterion) });
        }
        return { id: item.id };
      },
      { timeout: 30_000 },
    ),
  );
}
