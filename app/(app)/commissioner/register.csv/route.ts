import { getCurrentActor } from "@/lib/access/actor";
import { hasRole } from "@/lib/access/permissions";
import { registerCsv } from "@/lib/register/register-csv";
import { parseWith, registerFiltersSchema } from "@/lib/register/register-query";
import { todayInLondon } from "@/lib/dates";

// The filtered register as a spreadsheet. Same filters as the page; anyone who is not a
// commissioner gets the same 404 as for a page that does not exist.
export async function GET(request: Request): Promise<Response> {
  const actor = await getCurrentActor();
  if (!actor || !hasRole(actor, "COMMISSIONER")) return new Response("Not found", { status: 404 });
  const parsed = parseWith(registerFiltersSchema, new URL(request.url).searchParams);
  if (!parsed.ok) {
    return new Response(parsed.problems.map((p) => `${p.param}: ${p.message}`).join("\n"), { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const today = todayInLondon();
  return new Response(await registerCsv(parsed.value, today), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="coproduction-register-${today}.csv"`,
      "cache-control": "no-store",
    },
  });
}
