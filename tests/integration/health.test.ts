import { describe, expect, it } from "vitest";
import { findFreePort } from "@/lib/db/embedded";

// Nothing listens on the port, so every connection is refused, as when the database is down.
describe("GET /api/health", () => {
  it("answers 503 with the database marked unreachable when PostgreSQL is down", async () => {
    const port = await findFreePort(56_000);
    process.env.DATABASE_URL = `postgresql://postgres:x@127.0.0.1:${port}/cqm`;
    process.env.NEXTAUTH_SECRET ??= "integration-test-secret-long-enough-0000";
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "degraded", db: "unreachable" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
