import { z } from "zod";

const versionParam = z.coerce.number().int().min(1).max(100_000);
const codeParam = z.string().regex(/^[1-6]\.[1-3]\.[a-z]$/);
const statementParam = z.coerce.number().int().min(1).max(6);

/** Route parameters, parsed; null when malformed so the page can answer "not found". */
export function parseVersionParam(raw: string): number | null {
  const parsed = versionParam.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function parseCodeParam(raw: string): string | null {
  const parsed = codeParam.safeParse(decodeURIComponent(raw));
  return parsed.success ? parsed.data : null;
}

export function parseStatementParam(raw: string): number | null {
  const parsed = statementParam.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
