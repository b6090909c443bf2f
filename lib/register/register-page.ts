import "server-only";
import { cachedRegisterAreas, cachedRegisterPage } from "@/lib/register/cached-register";
import type { RegisterPage } from "@/lib/register/list-register";
import { parseWith, registerPageSchema, type QueryProblem, type RegisterPageQuery } from "@/lib/register/register-query";

export type RegisterPageData =
  | { ok: true; query: RegisterPageQuery; results: RegisterPage; areas: string[] }
  | { ok: false; raw: Record<string, string>; problems: QueryProblem[]; areas: string[] };

/**
 * Everything a register page shows, from its raw query parameters. A bad parameter (usually a
 * hand-edited link) is reported back to the person, never thrown.
 */
export async function loadRegisterPage(params: Record<string, string | string[] | undefined>): Promise<RegisterPageData> {
  const parsed = parseWith(registerPageSchema, params);
  if (!parsed.ok) {
    const raw = Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => typeof e[1] === "string"));
    return { ok: false, raw, problems: parsed.problems, areas: await cachedRegisterAreas() };
  }
  const [results, areas] = await Promise.all([cachedRegisterPage(parsed.value, parsed.value.page), cachedRegisterAreas()]);
  return { ok: true, query: parsed.value, results, areas };
}
