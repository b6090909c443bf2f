import { describe, expect, it } from "vitest";
import { checkUpload, FILE_MESSAGES, isUtf8Text, MAX_FILE_BYTES, safeFilename } from "@/lib/evidence/file-type";
import * as sample from "./sample-files";

describe("checkUpload: what the content is decides the type", () => {
  it.each([
    ["policy.pdf", sample.pdf, "application/pdf"],
    ["minutes.docx", sample.docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["minutes.doc", () => sample.doc(), "application/msword"],
    ["minutes.odt", sample.odt, "application/vnd.oasis.opendocument.text"],
    ["poster.png", sample.png, "image/png"],
    ["photo.jpg", sample.jpeg, "image/jpeg"],
    ["photo.JPEG", sample.jpeg, "image/jpeg"],
    ["animation.gif", sample.gif, "image/gif"],
    ["picture.webp", sample.webp, "image/webp"],
  ])("accepts %s", async (filename, make, mimeType) => {
    expect(await checkUpload(filename, make())).toEqual({ ok: true, mimeType, filename });
  });

  it("accepts plain text and CSV that are valid UTF-8, and tells them apart by name", async () => {
    const text = new TextEncoder().encode("Carers' forum, 3 March 2026\nWhat we said: “more evening sessions” – agreed.\n");
    expect(await checkUpload("notes.txt", text)).toMatchObject({ ok: true, mimeType: "text/plain; charset=utf-8" });
    expect(await checkUpload("survey.csv", new TextEncoder().encode("question,yes,no\nFelt listened to,41,3\n"))).toMatchObject({ ok: true, mimeType: "text/csv; charset=utf-8" });
  });

  it("names a file that has no extension after what it really is", async () => {
    expect(await checkUpload("scan", sample.pdf())).toEqual({ ok: true, mimeType: "application/pdf", filename: "scan.pdf" });
  });

  it("refuses an empty file", async () => {
    expect(await checkUpload("minutes.pdf", new Uint8Array())).toEqual({ ok: false, message: FILE_MESSAGES.empty });
    expect(FILE_MESSAGES.empty).toBe("The selected file is empty");
  });

  it("refuses a file over 20 MB but accepts one of exactly 20 MB", async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    expect(await checkUpload("big.txt", big)).toEqual({ ok: false, message: "The selected file must be smaller than 20 MB" });
    expect(await checkUpload("limit.txt", new Uint8Array(MAX_FILE_BYTES).fill(0x61))).toMatchObject({ ok: true });
  });

  it("refuses a PNG called .pdf, and says what it really is", async () => {
    const result = await checkUpload("report.pdf", sample.png());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe("The selected file is called report.pdf but it is a PNG image, not a .pdf file. Check you chose the right file");
  });

  it.each([
    ["a PDF called .docx", "minutes.docx", sample.pdf],
    ["a Word file called .odt", "minutes.odt", sample.docx],
    ["text called .png", "poster.png", () => new TextEncoder().encode("hello")],
  ])("refuses %s as misleading", async (_label, filename, make) => {
    const result = await checkUpload(filename, make());
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining(`The selected file is called ${filename} but it is`) });
  });

  it.each([
    ["a program", "setup.exe", sample.exe],
    ["a program called .pdf", "minutes.pdf", sample.exe],
    ["a plain zip", "minutes.zip", sample.plainZip],
    ["a zip called .docx", "minutes.docx", sample.plainZip],
    ["an Excel-style compound file called .doc", "minutes.doc", () => sample.doc("Workbook")],
    ["binary with NUL bytes called .txt", "notes.txt", () => new Uint8Array([0x68, 0x69, 0x00, 0x01, 0xff])],
    ["text that is not UTF-8 called .csv", "survey.csv", () => new Uint8Array([0x61, 0x2c, 0xe9, 0x0a])],
    ["a web page", "page.html", () => new TextEncoder().encode("<html><body>hi</body></html>")],
  ])("refuses %s as a type we do not keep", async (_label, filename, make) => {
    expect(await checkUpload(filename, make())).toEqual({ ok: false, message: FILE_MESSAGES.notAllowed });
  });
});

describe("isUtf8Text", () => {
  it("accepts UTF-8 and refuses NUL bytes and invalid sequences", () => {
    expect(isUtf8Text(new TextEncoder().encode("Café – naïve ✓"))).toBe(true);
    expect(isUtf8Text(new Uint8Array([0x41, 0x00]))).toBe(false);
    expect(isUtf8Text(new Uint8Array([0xc3, 0x28]))).toBe(false);
  });
});

describe("safeFilename", () => {
  it("drops folders, control characters and quotes, and is never empty", () => {
    expect(safeFilename("C:\\Users\\me\\minutes.pdf")).toBe("minutes.pdf");
    expect(safeFilename("../../etc/passwd")).toBe("passwd");
    expect(safeFilename('a"b\u0000c\nd.txt')).toBe("ab c d.txt");
    expect(safeFilename("...")).toBe("evidence");
  });

  it("shortens long names but keeps the extension", () => {
    const name = safeFilename(`${"x".repeat(300)}.pdf`);
    expect(name).toHaveLength(150);
    expect(name.endsWith(".pdf")).toBe(true);
  });
});

describe("contentDisposition", () => {
  it("always downloads, with a plain fallback name and the real name encoded", async () => {
    const { contentDisposition } = await import("@/lib/evidence/content-disposition");
    expect(contentDisposition("minutes.pdf")).toBe(`attachment; filename="minutes.pdf"; filename*=UTF-8''minutes.pdf`);
    expect(contentDisposition('Café "notes"; (v2).txt')).toBe(`attachment; filename="Cafe notes (v2).txt"; filename*=UTF-8''Caf%C3%A9%20notes%3B%20%28v2%29.txt`);
    expect(contentDisposition("a\r\nSet-Cookie: x.txt")).not.toMatch(/[\r\n]/);
  });
});
