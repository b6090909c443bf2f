// Shared inputs for the evidence integration tests: a valid form, real file bytes, and a check
// that a promise fails with a given kind of AppError.
import { expect } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { Upload } from "@/lib/evidence/uploads";

/** A valid written account, as the form posts it. */
export function accountInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: "ACCOUNT",
    title: "What members said at the open day",
    description: "",
    dateDay: "14",
    dateMonth: "6",
    dateYear: "2026",
    type: "SERVICE_USER_FEEDBACK",
    source: "PEOPLE_WHO_USE_SERVICE",
    aboutNamedPerson: "no",
    consentGiven: "",
    consentNote: "",
    url: "",
    body: "Members said the new evening group helps them fit support around work.",
    criterionIds: [],
    ...overrides,
  };
}

export const fileInput = (overrides: Record<string, unknown> = {}) =>
  accountInput({ kind: "FILE", title: "Peer panel minutes", type: "MEETING_MINUTES", body: "", aboutNamedPerson: "", ...overrides });

export const upload = (filename: string, bytes: Uint8Array | string): Upload => ({
  filename,
  bytes: new Uint8Array(typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes),
});

/** The start of a real PNG (its signature and IHDR chunk). */
export const PNG_BYTES = new Uint8Array(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"));
export const PDF_BYTES = new Uint8Array(Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n", "latin1"));

export async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

export async function expectKind(promise: Promise<unknown>, kind: AppError["kind"]): Promise<void> {
  expect((await failure(promise)).kind).toBe(kind);
}

/** Ids of the published version 1 criteria, by code. */
export async function criterionIds(prisma: PrismaClient, ...codes: string[]): Promise<string[]> {
  const rows = await prisma.criterion.findMany({ where: { code: { in: codes }, statement: { frameworkVersion: { version: 1 } } }, select: { id: true, code: true } });
  return codes.map((code) => {
    const row = rows.find((r) => r.code === code);
    if (!row) throw new Error(`No criterion ${code}`);
    return row.id;
  });
}

/** Row counts that must not change when a save fails. */
export async function evidenceCounts(prisma: PrismaClient) {
  const [files, items, links, history] = await Promise.all([prisma.storedFile.count(), prisma.evidenceItem.count(), prisma.evidenceLink.count(), prisma.evidenceHistory.count()]);
  return { files, items, links, history };
}
