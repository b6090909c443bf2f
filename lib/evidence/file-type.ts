// Decides whether an uploaded file may be kept, from its content rather than its name: a file
// called "minutes.pdf" that is really a picture, a program or a zip is refused with a clear
// message. Pure (no I/O), so it is unit tested on real bytes.
import { fileTypeFromBuffer } from "file-type/core";
import { FILE_MESSAGES, MAX_FILE_BYTES } from "@/lib/evidence/upload-rules";

export { FILE_MESSAGES, MAX_FILE_BYTES } from "@/lib/evidence/upload-rules";

type Allowed = { mimeType: string; extensions: readonly string[]; name: string };

/** The file types the library keeps, keyed by what the content turned out to be. */
const ALLOWED: Record<string, Allowed> = {
  pdf: { mimeType: "application/pdf", extensions: ["pdf"], name: "a PDF" },
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"], name: "a Word document (.docx)" },
  doc: { mimeType: "application/msword", extensions: ["doc"], name: "a Word document (.doc)" },
  odt: { mimeType: "application/vnd.oasis.opendocument.text", extensions: ["odt"], name: "an OpenDocument text file (.odt)" },
  png: { mimeType: "image/png", extensions: ["png"], name: "a PNG image" },
  jpg: { mimeType: "image/jpeg", extensions: ["jpg", "jpeg"], name: "a JPEG image" },
  gif: { mimeType: "image/gif", extensions: ["gif"], name: "a GIF image" },
  webp: { mimeType: "image/webp", extensions: ["webp"], name: "a WebP image" },
  txt: { mimeType: "text/plain; charset=utf-8", extensions: ["txt", "text"], name: "a plain text file" },
  csv: { mimeType: "text/csv; charset=utf-8", extensions: ["csv"], name: "a CSV file" },
};

const ALL_EXTENSIONS = new Set(Object.values(ALLOWED).flatMap((a) => a.extensions));

export type UploadCheck = { ok: true; mimeType: string; filename: string } | { ok: false; message: string };

/** Checks an upload's size and content, and returns the MIME type to store it with. */
export async function checkUpload(filename: string, bytes: Uint8Array): Promise<UploadCheck> {
  if (bytes.length === 0) return { ok: false, message: FILE_MESSAGES.empty };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: FILE_MESSAGES.tooBig };

  const detected = await detect(bytes);
  const extension = extensionOf(filename);
  const named = safeFilename(filename);
  if (!detected) return { ok: false, message: FILE_MESSAGES.notAllowed };
  // Text has no magic bytes; the name decides only between the two text types we keep.
  const key = detected === "text" ? (extension === "csv" ? "csv" : "txt") : detected;
  const allowed = ALLOWED[key];
  if (!allowed) return { ok: false, message: FILE_MESSAGES.notAllowed };
  if (extension === null) return { ok: true, mimeType: allowed.mimeType, filename: `${named}.${allowed.extensions[0]}` };
  if (allowed.extensions.includes(extension)) return { ok: true, mimeType: allowed.mimeType, filename: named };
  if (!ALL_EXTENSIONS.has(extension)) return { ok: false, message: FILE_MESSAGES.notAllowed };
  return {
    ok: false,
    message: `The selected file is called ${named} but it is ${allowed.name}, not a .${extension} file. Check you chose the right file`,
  };
}

/** What the bytes are: an allowed key, "text", another detected type, or null if unknown binary. */
async function detect(bytes: Uint8Array): Promise<string | null> {
  const result = await fileTypeFromBuffer(bytes);
  if (result) {
    if (result.ext === "cfb") return isWordBinary(bytes) ? "doc" : result.ext;
    return result.ext;
  }
  return isUtf8Text(bytes) ? "text" : null;
}

/** Plain text: valid UTF-8 with no NUL bytes (binary formats nearly always contain some). */
export function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// Old Word files are Microsoft compound files, as are Excel and PowerPoint ones; only Word's
// hold a stream called "WordDocument", whose name is stored in UTF-16 in the directory.
const WORD_STREAM = Buffer.from("WordDocument", "utf16le");
function isWordBinary(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(WORD_STREAM);
}

function extensionOf(filename: string): string | null {
  const base = filename.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 && dot < base.length - 1 ? base.slice(dot + 1).toLowerCase() : null;
}

/**
 * A filename safe to show and to send back in a download: no folders, no control characters,
 * no quotes, at most 150 characters, never empty.
 */
export function safeFilename(filename: string): string {
  const base = (filename.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .split("")
    .map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? " " : c))
    .filter((c) => !'"<>|:*?'.includes(c))
    .join("")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  if (base.length <= 150) return base || "evidence";
  const extension = extensionOf(base);
  return extension ? `${base.slice(0, 149 - extension.length)}.${extension}` : base.slice(0, 150);
}
