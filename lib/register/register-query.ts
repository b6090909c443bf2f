// The register's search, filters and sort, parsed from URL query parameters by one zod schema that
// the commissioners' pages, the public register, the CSV export and the JSON API all share, so a
// filter means the same everywhere. Pure.
import { z } from "zod";
import { SERVICE_KINDS } from "@/lib/organisations/service-kinds";

export const REGISTER_LEVELS = ["1", "2", "3", "not-yet", "none"] as const;
export type RegisterLevelFilter = (typeof REGISTER_LEVELS)[number];

/** Each sort has one direction, so that pages and API cursors can always continue after a row. */
export const REGISTER_SORTS = ["name", "level", "expiry"] as const;
export type RegisterSort = (typeof REGISTER_SORTS)[number];

export const SORT_LABELS: Record<RegisterSort, string> = {
  name: "Name (A to Z)",
  level: "Level (highest first)",
  expiry: "Award expiry (soonest first)",
};

export const PAGE_SIZE = 25;
export const MAX_PAGE = 10_000;

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what} must be ${max} characters or fewer` })
    .transform((value) => (value === "" ? undefined : value))
    .optional();

export const registerFiltersSchema = z.object({
  q: optionalText(100, "Search"),
  level: z.enum(REGISTER_LEVELS, { error: `level must be one of ${REGISTER_LEVELS.join(", ")}` }).optional(),
  area: optionalText(100, "Area"),
  service: z.enum(SERVICE_KINDS, { error: "service must be one of the kinds of service listed in the API description" }).optional(),
  expiringSoon: z.enum(["true", "false"], { error: "expiringSoon must be true or false" }).transform((v) => v === "true").optional(),
  sort: z.enum(REGISTER_SORTS, { error: `sort must be one of ${REGISTER_SORTS.join(", ")}` }).default("name"),
});

export type RegisterFilters = z.output<typeof registerFiltersSchema>;

export const registerPageSchema = registerFiltersSchema.extend({
  page: z.coerce
    .number({ error: "page must be a whole number" })
    .int({ error: "page must be a whole number" })
    .min(1, { error: "page must be 1 or more" })
    .max(MAX_PAGE, { error: `page must be ${MAX_PAGE} or less` })
    .default(1),
});

export type RegisterPageQuery = z.output<typeof registerPageSchema>;

export type QueryProblem = { param: string; message: string };

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * The last value of each parameter, as Next.js page props and URLSearchParams both give them.
 * Blank values are left out: the filter form sends "Any level" and the like as empty strings.
 */
export function paramsToRecord(params: Params): Record<string, string> {
  const out: Record<string, string> = {};
  const entries: [string, string | string[] | undefined][] = params instanceof URLSearchParams ? [...params] : Object.entries(params);
  for (const [key, value] of entries) {
    const last = Array.isArray(value) ? value[value.length - 1] : value;
    if (typeof last === "string" && last.trim() !== "") out[key] = last;
  }
  return out;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: QueryProblem[] };

export function parseWith<S extends z.ZodType>(schema: S, params: Params): Parsed<z.output<S>> {
  const result = schema.safeParse(paramsToRecord(params));
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => ({ param: String(issue.path[0] ?? "query"), message: issue.message })) };
}

/** The query string for a filtered register page, leaving out defaults so links stay short. */
export function registerSearchParams(filters: Partial<RegisterPageQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.level) params.set("level", filters.level);
  if (filters.area) params.set("area", filters.area);
  if (filters.service) params.set("service", filters.service);
  if (filters.expiringSoon) params.set("expiringSoon", "true");
  if (filters.sort && filters.sort !== "name") params.set("sort", filters.sort);
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  return params;
}
