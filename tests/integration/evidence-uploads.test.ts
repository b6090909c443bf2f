// Files: what is refused leaves nothing behind, bytes are checked against their SHA-256 when
// read, and the disk storage writes whole files and cleans up after a failed save.
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createEvidence } from "@/lib/evidence/create-evidence";
import { getEvidenceHistory } from "@/lib/evidence/get-evidence-history";
import { readEvidenceFile } from "@/lib/evidence/read-evidence-file";
import { updateEvidence } from "@/lib/evidence/update-evidence";
import { MAX_FILE_BYTES } from "@/lib/evidence/file-type";
import { StoredFileIntegrityError } from "@/lib/evidence/storage";
import { evidenceCounts, failure, fileInput, PDF_BYTES, PNG_BYTES, upload } from "./evidence-fixtures";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();
const ORG = "harbour-recovery";
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

afterEach(() => {
  delete process.env.FILE_STORAGE_DIR;
});

describe("uploading evidence files", () => {
  it("stores a PDF in PostgreSQL with its SHA-256 and gives the same bytes back", async () => {
    const member = await app.actorFor(`member@${ORG}.demo.test`);
    const { id } = await createEvidence(member, ORG, fileInput(), upload("minutes.pdf", PDF_BYTES));
    const row = await app.prisma.evidenceItem.findUniqueOrThrow({ where: { id }, include: { file: true } });
    expect(row.file).toMatchObject({ filename: "minutes.pdf", mimeType: "application/pdf", size: PDF_BYTES.length, sha256: sha256(PDF_BYTES), storage: "postgres", storageKey: null });
    const file = await readEvidenceFile(member, ORG, id);
    expect(Buffer.from(file.bytes).equals(Buffer.from(PDF_BYTES))).toBe(true);
    expect(JSON.stringify((await getEvidenceHistory(member, ORG, id)).entries)).not.toContain("PDF-1.4");
  });

  it.each([
    ["no file", null, "Select a file to upload"],
    ["an empty file", upload("minutes.pdf", new Uint8Array()), "The selected file is empty"],
    ["a file over 20 MB", upload("big.txt", new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61)), "The selected file must be smaller than 20 MB"],
    ["a PNG called .pdf", upload("minutes.pdf", PNG_BYTES), "The selected file is called minutes.pdf but it is a PNG image"],
    ["a program", upload("setup.exe", new Uint8Array(Buffer.from("MZ\x90\x00\x03\x00\x00\x00This program", "latin1"))), "The selected file must be a PDF"],
  ])("refuses %s with a clear message and saves nothing", async (_label, file, message) => {
    const member = await app.actorFor(`member@${ORG}.demo.test`);
    const before = await evidenceCounts(app.prisma);
    const error = await failure(createEvidence(member, ORG, fileInput({ title: "" }), file));
    expect(error.kind).toBe("INVALID");
    expect(error.fieldErrors.file?.[0]).toContain(message);
    // Every problem at once: the missing title is reported alongside the file.
    expect(error.fieldErrors.title).toEqual(["Enter a title"]);
    expect(await evidenceCounts(app.prisma)).toEqual(before);
  });

  it("keeps nothing when the database refuses the item after the file was stored", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cqm-evidence-"));
    process.env.FILE_STORAGE_DIR = dir;
    const member = await app.actorFor(`member@${ORG}.demo.test`);
    const before = await evidenceCounts(app.prisma);
    // An actor whose user no longer exists: the item's createdBy foreign key fails mid-transaction.
    await expect(createEvidence({ ...member, userId: "gone" }, ORG, fileInput(), upload("minutes.pdf", PDF_BYTES))).rejects.toThrow();
    expect(await evidenceCounts(app.prisma)).toEqual(before);
    expect(readdirSync(dir, { recursive: true }).filter((f) => !String(f).match(/^[a-z0-9]+$/))).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses to serve a file whose bytes no longer match their SHA-256", async () => {
    const admin = await app.actorFor(`admin@${ORG}.demo.test`);
    const { id } = await createEvidence(admin, ORG, fileInput(), upload("notes.txt", "Recovery café notes"));
    const { fileId } = await app.prisma.evidenceItem.findUniqueOrThrow({ where: { id } });
    await app.prisma.storedFile.update({ where: { id: fileId! }, data: { content: new Uint8Array(Buffer.from("Recovery cafe notes")) } });
    const error = await readEvidenceFile(admin, ORG, id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoredFileIntegrityError);
  });

  it("stores files on disk when FILE_STORAGE_DIR is set, reads them back, and detects damage", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cqm-evidence-"));
    process.env.FILE_STORAGE_DIR = dir;
    const admin = await app.actorFor(`admin@${ORG}.demo.test`);
    const csv = "comment,theme\nStaff didn't judge me,non-judgemental\n";
    const { id } = await createEvidence(admin, ORG, fileInput({ title: "Feedback cards" }), upload("cards.csv", csv));
    const { file } = await app.prisma.evidenceItem.findUniqueOrThrow({ where: { id }, include: { file: true } });
    expect(file).toMatchObject({ storage: "disk", content: null, mimeType: "text/csv; charset=utf-8", sha256: sha256(Buffer.from(csv)) });
    // Written whole under its key: no temporary ".partial" file is left beside it.
    const onDisk = path.join(dir, ...file!.storageKey!.split("/"));
    expect(readdirSync(path.dirname(onDisk))).toEqual([path.basename(onDisk)]);
    expect(Buffer.from((await readEvidenceFile(admin, ORG, id)).bytes).toString("utf8")).toBe(csv);

    // A replacement file is a new stored file; the old one stays for snapshots that used it.
    await updateEvidence(admin, ORG, id, 1, fileInput({ title: "Feedback cards" }), upload("cards-v2.csv", `${csv}More evening sessions,flexibility\n`));
    expect(await app.prisma.storedFile.count({ where: { id: file!.id } })).toBe(1);
    const history = await getEvidenceHistory(admin, ORG, id);
    expect(history.entries[0]?.lines).toEqual([expect.stringMatching(/^File: from ‘cards\.csv \(\d+ bytes\)’ to ‘cards-v2\.csv/)]);

    const latest = await app.prisma.evidenceItem.findUniqueOrThrow({ where: { id }, include: { file: true } });
    writeFileSync(path.join(dir, ...latest.file!.storageKey!.split("/")), "tampered");
    expect(await readEvidenceFile(admin, ORG, id).catch((e: unknown) => e)).toBeInstanceOf(StoredFileIntegrityError);
    rmSync(dir, { recursive: true, force: true });
  });
});
