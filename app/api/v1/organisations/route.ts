import { decodeCursor, encodeCursor } from "@/lib/api/cursor";
import { apiError, apiJson, withApiKey } from "@/lib/api/handler";
import { organisationSummary } from "@/lib/api/represent";
import { organisationsQuerySchema } from "@/lib/api/schemas";
import { cachedRegisterSlice } from "@/lib/register/cached-register";
import { parseWith } from "@/lib/register/register-query";

export async function GET(request: Request): Promise<Response> {
  return withApiKey(request, async () => {
    const parsed = parseWith(organisationsQuerySchema, new URL(request.url).searchParams);
    if (!parsed.ok) {
      const [problem] = parsed.problems;
      return apiError("BAD_REQUEST", problem?.message ?? "Check the query parameters", problem ? { param: problem.param } : {});
    }
    const { cursor: cursorText, limit, ...filters } = parsed.value;
    let cursor = null;
    if (cursorText) {
      const decoded = decodeCursor(cursorText, filters.sort);
      if (!decoded.ok) return apiError("BAD_REQUEST", decoded.message, { param: "cursor" });
      cursor = decoded.cursor;
    }
    const slice = await cachedRegisterSlice(filters, cursor, limit);
    return apiJson({ data: slice.entries.map(organisationSummary), next: slice.next ? encodeCursor(slice.next) : null });
  });
}
