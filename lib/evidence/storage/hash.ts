// The SHA-256 of a file's bytes, as lowercase hex. Free of server-only imports so the seed,
// which runs outside Next.js, uses the same function.
import { createHash } from "node:crypto";

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
