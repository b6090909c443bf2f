import { describe, expect, it } from "vitest";
import { outboxPageEnabled, parseEnv } from "@/lib/env";

const valid = { DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/cqm", NEXTAUTH_SECRET: "x".repeat(32) };

describe("parseEnv", () => {
  it("accepts a minimal valid environment and fills defaults", () => {
    const env = parseEnv(valid);
    expect(env.NEXTAUTH_URL).toBe("http://localhost:3000");
    expect(env.SMTP_URL).toBeUndefined();
  });

  it("refuses to start without a secret, naming the variable but not its value", () => {
    expect(() => parseEnv({ DATABASE_URL: valid.DATABASE_URL, NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET/);
    try {
      parseEnv({ DATABASE_URL: valid.DATABASE_URL, NEXTAUTH_SECRET: "short-secret-value" });
    } catch (error) {
      expect(String(error)).not.toContain("short-secret-value");
    }
  });

  it("rejects a database URL that is not PostgreSQL", () => {
    expect(() => parseEnv({ ...valid, DATABASE_URL: "mysql://localhost/db" })).toThrow(/DATABASE_URL/);
  });

  it("refuses a relative FILE_STORAGE_DIR", () => {
    expect(() => parseEnv({ ...valid, FILE_STORAGE_DIR: "files" })).toThrow(/FILE_STORAGE_DIR must be an absolute path/);
    expect(parseEnv({ ...valid, FILE_STORAGE_DIR: "/srv/cqm/files" }).FILE_STORAGE_DIR).toBe("/srv/cqm/files");
  });

  it("treats an empty SMTP_URL as not set", () => {
    expect(parseEnv({ ...valid, SMTP_URL: "" }).SMTP_URL).toBeUndefined();
  });

  it("keeps the outbox page out of production unless explicitly enabled", () => {
    expect(outboxPageEnabled(parseEnv({ ...valid, NODE_ENV: "production" }))).toBe(false);
    expect(outboxPageEnabled(parseEnv({ ...valid, NODE_ENV: "production", ENABLE_OUTBOX_PAGE: "1" }))).toBe(true);
    expect(outboxPageEnabled(parseEnv({ ...valid, NODE_ENV: "development" }))).toBe(true);
  });
});
