import { z } from "zod";

const MAX_ISSUES_IN_MESSAGE = 5;

/** Renders an issue's path as `evidence[3].date`, the way a developer would look it up. */
function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : text === "" ? String(key) : `${text}.${String(key)}`), "");
}

/**
 * Thrown when scoring input is invalid. It carries zod's issues so a caller can show or log
 * exactly what was wrong, and never a half-computed score.
 */
export class ScoringInputError extends Error {
  readonly issues: z.core.$ZodIssue[];
  /** zod's flattened view: form-level and per-field messages. */
  readonly flattened: { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> };

  constructor(error: z.ZodError) {
    const lines = error.issues.slice(0, MAX_ISSUES_IN_MESSAGE).map((issue) => {
      const where = pathText(issue.path);
      return where === "" ? issue.message : `${where}: ${issue.message}`;
    });
    const more = error.issues.length > MAX_ISSUES_IN_MESSAGE ? ` (and ${error.issues.length - MAX_ISSUES_IN_MESSAGE} more)` : "";
    super(`Invalid scoring input: ${lines.join("; ")}${more}`);
    this.name = "ScoringInputError";
    this.issues = error.issues;
    this.flattened = z.flattenError(error);
  }
}
