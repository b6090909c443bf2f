import "server-only";
import { authenticateApiKey, type ApiCaller } from "@/lib/api/authenticate";
import type { ApiErrorBody } from "@/lib/api/schemas";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { hit } from "@/lib/security/rate-limit";

const STATUS: Record<ApiErrorBody["error"]["code"], number> = { BAD_REQUEST: 400, UNAUTHORISED: 401, NOT_FOUND: 404, RATE_LIMITED: 429, SERVER_ERROR: 500 };

export function apiError(code: ApiErrorBody["error"]["code"], message: string, options: { param?: string; headers?: Record<string, string> } = {}): Response {
  const body: ApiErrorBody = { error: { code, message, ...(options.param ? { param: options.param } : {}) } };
  return Response.json(body, { status: STATUS[code], headers: { "cache-control": "no-store", ...options.headers } });
}

export function apiJson(body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { headers: { "cache-control": "no-store", ...headers } });
}

/**
 * Every API route runs through here: the key is checked (a revoked key fails on its next request),
 * the key's rate limit is counted, and any failure becomes the same JSON error shape. Unexpected
 * errors are logged by kind only and answered with a plain 500, never a stack or a query.
 */
export async function withApiKey(request: Request, work: (caller: ApiCaller) => Promise<Response>): Promise<Response> {
  try {
    const caller = await authenticateApiKey(request.headers.get("authorization"));
    if (!caller) {
      return apiError("UNAUTHORISED", "Send a valid API key as 'Authorization: Bearer <key>'. Keys are created by your commissioning body's users.", {
        headers: { "www-authenticate": 'Bearer realm="cqm"' },
      });
    }
    const limit = getEnv().API_RATE_LIMIT_PER_MINUTE;
    const rate = await hit(`api:${caller.keyId}`, { limit, windowSeconds: 60 });
    if (!rate.allowed) {
      return apiError("RATE_LIMITED", `This key has made more than ${limit} requests this minute. Try again in ${rate.retryAfterSeconds} seconds.`, {
        headers: { "retry-after": String(rate.retryAfterSeconds), "x-ratelimit-limit": String(limit), "x-ratelimit-remaining": "0" },
      });
    }
    const response = await work(caller);
    response.headers.set("x-ratelimit-limit", String(limit));
    response.headers.set("x-ratelimit-remaining", String(rate.remaining));
    return response;
  } catch (error) {
    if (error instanceof AppError && error.kind === "NOT_FOUND") return apiError("NOT_FOUND", error.message);
    if (error instanceof AppError && error.kind === "INVALID") return apiError("BAD_REQUEST", error.message);
    console.error(`[api] unexpected ${error instanceof Error ? error.name : typeof error}`);
    return apiError("SERVER_ERROR", "Something went wrong on our side. Please try again shortly.");
  }
}
