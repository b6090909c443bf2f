import { databaseIsUp } from "@/lib/health/check-database";

export const dynamic = "force-dynamic";

export async function GET() {
  const up = await databaseIsUp();
  return Response.json(up ? { status: "ok", db: "ok" } : { status: "degraded", db: "unreachable" }, {
    status: up ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
