import { openApiDocument } from "@/lib/api/openapi";
import { getEnv } from "@/lib/env";

// Public: the description of the API is not a secret, and tools fetch it without a key.
export function GET(): Response {
  return Response.json(openApiDocument(getEnv().NEXTAUTH_URL), { headers: { "cache-control": "public, max-age=300" } });
}
