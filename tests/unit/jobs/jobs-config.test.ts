import { describe, expect, it } from "vitest";
import { jobsEnabled, parseEnv } from "@/lib/env";
import { deliveryJobId } from "@/lib/jobs/outbox-sweep";
import { FAILED_JOB_KEPT_SECONDS, SWEEP_WINDOW_HOURS } from "@/lib/jobs/queues";

const valid = { DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/cqm", NEXTAUTH_SECRET: "x".repeat(32) };

describe("turning background jobs on and off", () => {
  it("runs them by default in development and production, never in tests", () => {
    expect(jobsEnabled(parseEnv({ ...valid, NODE_ENV: "production" }))).toBe(true);
    expect(jobsEnabled(parseEnv({ ...valid, NODE_ENV: "development" }))).toBe(true);
    expect(jobsEnabled(parseEnv({ ...valid, NODE_ENV: "test" }))).toBe(false);
  });

  it("stops them with CQM_JOBS=off and refuses any other value, naming the variable", () => {
    expect(jobsEnabled(parseEnv({ ...valid, NODE_ENV: "production", CQM_JOBS: "off" }))).toBe(false);
    expect(() => parseEnv({ ...valid, CQM_JOBS: "no" })).toThrow(/CQM_JOBS must be on or off/);
  });
});

describe("one delivery job per outbox email", () => {
  it("derives the same UUID-shaped job id from the same email, and different ones for different emails", () => {
    const id = deliveryJobId("cmabc123");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deliveryJobId("cmabc123")).toBe(id);
    expect(deliveryJobId("cmabc124")).not.toBe(id);
  });

  it("keeps failed jobs longer than it looks back for undelivered emails, so a given-up email is not retried for ever", () => {
    expect(FAILED_JOB_KEPT_SECONDS).toBeGreaterThan(SWEEP_WINDOW_HOURS * 60 * 60);
  });
});
