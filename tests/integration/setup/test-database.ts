// A fresh, migrated database per test file, so files never see each other's rows.
import { inject } from "vitest";
import pg from "pg";
import { randomBytes } from "node:crypto";
import { applyMigrations } from "../../../lib/db/migrate";

export type TestDatabase = { url: string; name: string; drop: () => Promise<void> };

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Creates an empty database on the test server. */
export async function createEmptyDatabase(prefix = "t"): Promise<TestDatabase> {
  const adminUrl = inject("adminDatabaseUrl");
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(adminUrl, name),
    name,
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Creates a database with every migration applied. */
export async function createMigratedDatabase(prefix = "t"): Promise<TestDatabase> {
  const db = await createEmptyDatabase(prefix);
  await applyMigrations(db.url);
  return db;
}
