// The visit record's three small forms. Each schema is used by react-hook-form in the browser and
// again by the service, so an assessor sees the same plain-English message in both places.
import { z } from "zod";

export const EVIDENCE_DECISION_LABELS = { ACCEPTED: "Accept this evidence", REJECTED: "Do not accept this evidence" } as const;
export const RATING_LABELS = { MET: "Met", NOT_MET: "Not met" } as const;

const text = (max: number, label: string) => z.string().trim().max(max, `${label} must be ${max} characters or fewer`).default("");

export const evidenceReviewSchema = z
  .object({
    decision: z.enum(["ACCEPTED", "REJECTED"], { error: "Choose whether you accept this evidence" }),
    reason: text(2000, "The reason"),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "REJECTED" && value.reason === "") {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Say why you do not accept this evidence" });
    }
  });

export const criterionRatingSchema = z
  .object({
    rating: z.enum(["MET", "NOT_MET"], { error: "Choose met or not met" }),
    observation: text(4000, "What you saw or heard"),
  })
  .superRefine((value, ctx) => {
    if (value.rating === "NOT_MET" && value.observation === "") {
      ctx.addIssue({ code: "custom", path: ["observation"], message: "Say what you saw or heard that shows this is not met" });
    }
  });

/** A count of people as typed: blank means none, so nobody has to type a 0. */
const count = (label: string) =>
  z
    .string()
    .trim()
    .default("")
    .refine((v) => /^\d*$/.test(v), `${label}: write a whole number, like 3`)
    .transform((v) => (v === "" ? 0 : Number(v)))
    .refine((n) => n <= 200, `${label}: the most you can write is 200`);

export const conversationSchema = z.object({
  peopleWhoUseService: count("People who use the service"),
  carers: count("Carers"),
  staff: count("Staff"),
  how: text(1000, "How you spoke to people"),
  notes: text(8000, "Your notes"),
});

export type EvidenceReviewInput = z.input<typeof evidenceReviewSchema>;
export type CriterionRatingInput = z.input<typeof criterionRatingSchema>;
export type ConversationInput = z.input<typeof conversationSchema>;
