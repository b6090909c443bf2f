// Verification codes are printed on certificates and typed by commissioners, so they avoid letters
// that read alike (no I, L, O, U) and are checked case-insensitively. 40 random bits make them
// impossible to guess one by one, which matters because a code reveals the award behind it.
import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford's base 32

/** A new code such as "CQM-7K3M-9QXD". */
export function newVerificationCode(): string {
  const bytes = randomBytes(8);
  let chars = "";
  for (let i = 0; i < 8; i++) chars += ALPHABET[bytes[i]! % 32];
  return `CQM-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/**
 * What someone typed, in the stored form: upper case, spaces removed, look-alike letters mapped
 * (O becomes 0, I and L become 1), or null when it cannot be a code.
 */
export function normaliseVerificationCode(input: string): string | null {
  const cleaned = input.trim().toUpperCase().replace(/\s+/g, "").replace(/[O]/g, "0").replace(/[IL]/g, "1");
  const body = cleaned.startsWith("CQM-") ? cleaned.slice(4) : cleaned.startsWith("CQM") ? cleaned.slice(3) : cleaned;
  const compact = body.replace(/-/g, "");
  if (compact.length !== 8 || ![...compact].every((c) => ALPHABET.includes(c))) return null;
  return `CQM-${compact.slice(0, 4)}-${compact.slice(4)}`;
}
