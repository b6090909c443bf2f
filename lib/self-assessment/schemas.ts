import { z } from "zod";

export const CLAIM_LABELS = { NOT_YET: "Not yet", PARTLY: "Partly", YES: "Yes" } as const;

/** One criterion's answer. The account is needed for "partly" and "yes": a claim needs its story. */
export const answerSchema = z
  .object({
    claim: z.enum(["NOT_YET", "PARTLY", "YES"], { error: "Choose whether you meet this: not yet, partly or yes" }),
    account: z.string().trim().max(2000, "Your account must be 2000 characters or fewer"),
    // The answer's version when the form was opened; empty for a first answer.
    version: z.string().regex(/^\d*$/).transform((v) => (v === "" ? null : Number(v))),
  })
  .superRefine((value, ctx) => {
    if (value.claim !== "NOT_YET" && value.account.length < 10) {
      ctx.addIssue({ code: "custom", path: ["account"], message: "Tell us in a sentence or two how you do this, so assessors know what to look for" });
    }
  });

export type AnswerInput = z.input<typeof answerSchema>;

export const readySchema = z.object({
  ready: z.enum(["yes", "no"], { error: "Choose whether you have finished this statement" }),
});
