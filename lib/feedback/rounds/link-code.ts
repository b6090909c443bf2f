// The short code in a feedback round's public link (/feedback/<code>). It is printed on posters
// and typed from them on phones, so it is lower case and uses Crockford's base 32, which leaves
// out the letters that read like digits (i, l, o, u). 40 random bits: a round cannot be found by
// guessing, and two rounds sharing a code is vanishingly rare (the service still checks).
import { randomBytes } from "node:crypto";

export const LINK_CODE_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
export const LINK_CODE_LENGTH = 8;

const PATTERN = new RegExp(`^[${LINK_CODE_ALPHABET}]{${LINK_CODE_LENGTH}}$`);

/** A new random code such as "hrbr7k2m". `bytes` is for tests. */
export function newLinkCode(bytes: (size: number) => Uint8Array = randomBytes): string {
  const random = bytes(LINK_CODE_LENGTH);
  let code = "";
  // 256 is a multiple of 32, so taking each byte modulo 32 keeps every character equally likely.
  for (let i = 0; i < LINK_CODE_LENGTH; i++) code += LINK_CODE_ALPHABET[(random[i] ?? 0) % 32];
  return code;
}

export function isLinkCode(value: string): boolean {
  return PATTERN.test(value);
}
