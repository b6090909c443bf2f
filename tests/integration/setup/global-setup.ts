// Gives the integration tests a real PostgreSQL server: DATABASE_URL's server when set,
// otherwise an embedded one started here. Each test file then creates its own database.
import type { TestProject } from "vitest/node";
import { chmodSync, mkdtempSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "../../../lib/db/embedded";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const fromEnv = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (fromEnv) {
    assertLocal(fromEnv);
    project.provide("adminDatabaseUrl", fromEnv);
    return;
  }
  mkdirSync(".data", { recursive: true });
  const dataDir = mkdtempSync(path.resolve(".data/test-pg-"));
  // mkdtemp makes the folder private to us; PostgreSQL runs as its own user and must reach it.
  chmodSync(dataDir, 0o755);
  const db = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "cluster"), database: "postgres", persistent: false, preferredPort: 55432 });
  project.provide("adminDatabaseUrl", db.adminUrl);
  return async () => {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

/** Tests drop and create databases: refuse anything but a server on this machine. */
function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`Integration tests only run against a local PostgreSQL, not ${host}.`);
  }
}
