// The Content-Disposition header for a download: always an attachment, with an ASCII fallback
// name and the real name encoded (RFC 6266 / RFC 5987), so no filename can break the header.
import { safeFilename } from "@/lib/evidence/file-type";

export function contentDisposition(filename: string): string {
  const name = safeFilename(filename);
  const ascii = name.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\;%]/g, "").trim() || "evidence";
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
