import { z } from "zod";

const text = (label: string, max: number) =>
  z.string().trim().min(1, `Enter the ${label}`).max(max, `The ${label} must be ${max} characters or fewer`);

/** A criterion's wording in a draft version of the standard. */
export const criterionEditSchema = z.object({
  text: text("criterion", 600),
  easyRead: text("easy-read version", 600),
  guidance: text("guidance", 1500),
  // One example per line in the form; stored as a list.
  evidenceExamples: z
    .string()
    .max(3000, "The examples of evidence must be 3000 characters or fewer")
    .transform((v) => v.split("\n").map((line) => line.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(400, "Each example of evidence must be 400 characters or fewer")).min(1, "Give at least one example of evidence, one per line").max(6, "Give no more than 6 examples of evidence")),
});

export type CriterionEditInput = z.input<typeof criterionEditSchema>;

export const statementEditSchema = z.object({
  explanation: text("plain-English explanation", 2000),
  easyRead: text("easy-read version", 1000),
});

export type StatementEditInput = z.input<typeof statementEditSchema>;

export const newCriterionSchema = z.object({
  statementNumber: z.coerce.number().int().min(1).max(6),
  level: z.coerce.number().int().min(1).max(3),
});

/** How many criteria each level of each statement must have before a version can be published. */
export const CRITERIA_PER_LEVEL = { min: 2, max: 4 } as const;
