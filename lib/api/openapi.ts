// The OpenAPI 3.1 document, generated from the same zod schemas the routes parse and answer with.
// OpenAPI 3.1 uses JSON Schema 2020-12, which is what zod writes. Pure.
import { z } from "zod";
import {
  API_VERSION,
  awardSchema,
  errorSchema,
  organisationDetailSchema,
  organisationListSchema,
  organisationsQuerySchema,
} from "@/lib/api/schemas";

type JsonSchema = Record<string, unknown>;

/** A schema for components: defs hoisted into components.schemas, refs rewritten to point there. */
function collect(schema: z.ZodType, components: Record<string, JsonSchema>, io: "input" | "output" = "output"): JsonSchema {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, k === "$ref" && typeof v === "string" ? v.replace("#/$defs/", "#/components/schemas/") : rewrite(v)]),
      );
    }
    return value;
  };
  const { $defs = {}, ...rest } = json;
  delete rest.$schema;
  for (const [name, def] of Object.entries($defs)) components[name] = rewrite(def) as JsonSchema;
  return rewrite(rest) as JsonSchema;
}

function queryParameters(components: Record<string, JsonSchema>) {
  const object = collect(organisationsQuerySchema, components, "input") as { properties: Record<string, JsonSchema> };
  return Object.entries(object.properties).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return { name, in: "query", required: false, ...(typeof description === "string" ? { description } : {}), schema: rest };
  });
}

const DESCRIPTIONS: Record<string, string> = {
  q: "Part of the organisation's name, any case.",
  level: "1, 2 or 3; not-yet (assessed, not yet level 1); none (no award in force).",
  area: "The area exactly as the register lists it, any case.",
  service: "One kind of service from the fixed list.",
  expiringSoon: "true: only awards that expire within 90 days.",
  sort: "name (A to Z), level (highest first) or expiry (soonest first). Keep the same sort for every page.",
};

export function openApiDocument(serverUrl: string): JsonSchema {
  const components: Record<string, JsonSchema> = {};
  const ref = (schema: z.ZodType) => collect(schema, components);
  const errors = (codes: number[]) =>
    Object.fromEntries(codes.map((code) => [String(code), { description: ERROR_TEXT[code] ?? "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }]));
  ref(errorSchema);
  const parameters = queryParameters(components).map((p) => (DESCRIPTIONS[p.name] && !("description" in p) ? { ...p, description: DESCRIPTIONS[p.name] } : p));
  return {
    openapi: "3.1.0",
    info: {
      title: "Coproduction Quality Mark register API",
      version: API_VERSION,
      description:
        "Read-only access to the register of Coproduction Quality Mark awards for commissioning bodies' own systems. Every request needs an API key created by a user of your commissioning body: send it as `Authorization: Bearer <key>`. Each key may make a limited number of requests a minute; past it you get 429 with Retry-After.",
    },
    servers: [{ url: serverUrl }],
    security: [{ apiKey: [] }],
    paths: {
      "/api/v1/organisations": {
        get: {
          operationId: "listOrganisations",
          summary: "The register: every provider with the award it holds today",
          parameters,
          responses: { "200": { description: "A page of organisations", content: { "application/json": { schema: ref(organisationListSchema) } } }, ...errors([400, 401, 429]) },
        },
      },
      "/api/v1/organisations/{id}": {
        get: {
          operationId: "getOrganisation",
          summary: "One provider: its award, the level per I Statement with reasons, award history, and evidence if it shares it with you",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "The organisation", content: { "application/json": { schema: ref(organisationDetailSchema) } } }, ...errors([401, 404, 429]) },
        },
      },
      "/api/v1/awards/{code}": {
        get: {
          operationId: "getAward",
          summary: "An award by the verification code on its certificate",
          parameters: [{ name: "code", in: "path", required: true, schema: { type: "string" }, example: "CQM-RVR2-6PSA" }],
          responses: { "200": { description: "The award", content: { "application/json": { schema: ref(awardSchema) } } }, ...errors([401, 404, 429]) },
        },
      },
    },
    components: { schemas: components, securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key from your commissioning body's API keys page." } } },
  };
}

const ERROR_TEXT: Record<number, string> = {
  400: "A query parameter is wrong; `param` names it",
  401: "No API key, or the key is unknown or revoked",
  404: "Not found",
  429: "Too many requests for this key this minute",
};
