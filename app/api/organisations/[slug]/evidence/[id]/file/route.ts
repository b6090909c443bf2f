import { getCurrentActor } from "@/lib/access/actor";
import { AppError } from "@/lib/errors";
import { contentDisposition } from "@/lib/evidence/content-disposition";
import { readEvidenceFile } from "@/lib/evidence/read-evidence-file";
import { StoredFileIntegrityError } from "@/lib/evidence/storage";

// Never cached or pre-rendered: every download is checked against the signed-in person.
export const dynamic = "force-dynamic";

const text = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } });

/**
 * Downloads an evidence item's file. Reached through the same scoped service as the pages, so
 * another organisation's file is "not found". Always an attachment with the type it was stored
 * as and nosniff, so a file can never run as a page on our site.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const actor = await getCurrentActor();
  if (!actor) return text(401, "Sign in to download evidence.");
  const { slug, id } = await params;
  try {
    const file = await readEvidenceFile(actor, slug, id);
    return new Response(file.bytes, {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.bytes.byteLength),
        "Content-Disposition": contentDisposition(file.filename),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.kind === "NOT_FOUND") return text(404, "We could not find that file.");
    if (error instanceof StoredFileIntegrityError) {
      console.error(`[evidence] ${error.message}`);
      return text(500, "This file is damaged: it no longer matches the fingerprint taken when it was uploaded, so we have not sent it. Please tell the scheme team.");
    }
    throw error;
  }
}
