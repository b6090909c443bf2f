// The JSON API's contract in zod: query parameters are parsed with these schemas, responses are
// checked against them in tests, and the OpenAPI document is generated from them, so the three
// cannot drift apart. Pure.
import { z } from "zod";
import { registerFiltersSchema } from "@/lib/register/register-query";

export const API_VERSION = "1.0.0";
export const MAX_LIMIT = 100;

export const organisationsQuerySchema = registerFiltersSchema.extend({
  cursor: z.string().max(500, { error: "cursor is not one this API gave out" }).optional().describe("The `next` value from the previous page."),
  limit: z.coerce
    .number({ error: "limit must be a whole number" })
    .int({ error: "limit must be a whole number" })
    .min(1, { error: "limit must be 1 or more" })
    .max(MAX_LIMIT, { error: `limit must be ${MAX_LIMIT} or less` })
    .default(25)
    .describe("How many organisations to return, 1 to 100."),
});

const isoDate = z.iso.date().describe("A calendar date, YYYY-MM-DD, UK time.");
const level = z.number().int().min(0).max(3);

export const standingSchema = z
  .enum(["AWARDED", "SUSPENDED", "NOT_YET_LEVEL_1", "NO_AWARD"])
  .describe("AWARDED: holds a current award. SUSPENDED: the award is suspended. NOT_YET_LEVEL_1: assessed and did not reach level 1. NO_AWARD: no award in force.");

export const currentAwardSchema = z
  .object({
    level: level.describe("1, 2 or 3."),
    issuedOn: isoDate,
    expiresOn: isoDate,
    verificationCode: z.string(),
    underReview: z.boolean().describe("True while the organisation's request for a review of the decision is waiting."),
  })
  .meta({ id: "CurrentAward" });

export const organisationSummarySchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    area: z.string(),
    serviceKinds: z.array(z.string()),
    serviceDescription: z.string().nullable(),
    standing: standingSchema,
    award: currentAwardSchema.nullable(),
  })
  .meta({ id: "OrganisationSummary" });

export const organisationListSchema = z
  .object({ data: z.array(organisationSummarySchema), next: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page.") })
  .meta({ id: "OrganisationList" });

export const statementLevelSchema = z
  .object({ number: z.number().int().min(1), text: z.string(), level, explanation: z.string(), nextLevelNeeds: z.array(z.string()) })
  .meta({ id: "StatementLevel" });

export const awardHistorySchema = z
  .object({
    level,
    issuedOn: isoDate,
    expiresOn: isoDate,
    verificationCode: z.string(),
    standing: z.enum(["CURRENT", "SUSPENDED", "REVOKED", "EXPIRED", "SUPERSEDED"]),
  })
  .meta({ id: "AwardHistoryEntry" });

export const sharedEvidenceSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    kind: z.string(),
    type: z.string(),
    source: z.string(),
    evidenceDate: isoDate,
    url: z.string().nullable(),
    feedbackSummary: z.string().nullable().describe("For the results of a feedback round from people who use the service: the counts per question. Null for other evidence."),
  })
  .meta({ id: "SharedEvidence" });

export const organisationDetailSchema = organisationSummarySchema
  .extend({
    statements: z.array(statementLevelSchema).describe("Levels per I Statement from the award in force, frozen when it was issued; empty without an award."),
    awardHistory: z.array(awardHistorySchema),
    sharedEvidence: z.array(sharedEvidenceSchema).nullable().describe("Only when the organisation shares its evidence with your commissioning body; otherwise null."),
  })
  .meta({ id: "OrganisationDetail" });

export const awardSchema = z
  .object({
    verificationCode: z.string(),
    organisation: z.object({ id: z.string(), name: z.string() }),
    level,
    issuedOn: isoDate,
    expiresOn: isoDate,
    standing: z.enum(["CURRENT", "SUSPENDED", "REVOKED", "EXPIRED", "SUPERSEDED"]),
    underReview: z.boolean(),
    frameworkVersion: z.number().int(),
    rulesVersion: z.number().int(),
    statements: z.array(statementLevelSchema),
  })
  .meta({ id: "Award" });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(["BAD_REQUEST", "UNAUTHORISED", "NOT_FOUND", "RATE_LIMITED", "SERVER_ERROR"]),
      message: z.string(),
      param: z.string().optional().describe("The query parameter at fault, for BAD_REQUEST."),
    }),
  })
  .meta({ id: "Error" });

export type OrganisationSummary = z.infer<typeof organisationSummarySchema>;
export type OrganisationDetail = z.infer<typeof organisationDetailSchema>;
export type ApiAward = z.infer<typeof awardSchema>;
export type ApiErrorBody = z.infer<typeof errorSchema>;
