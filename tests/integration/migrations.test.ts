// Proves that prisma/migrations and prisma/schema.prisma describe the same database, using
// Prisma's own schema engine (wasm build) to compare, and that our migration runner
// (lib/db/migrate.ts) keeps `_prisma_migrations` the way Prisma Migrate does.
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, readMigrations } from "@/lib/db/migrate";
import {
  diffDatabaseToSchema,
  diffMigrationsToSchema,
  MIGRATION_LOCK_CONTENT,
  migrationDirectoryName,
  readSchemaFiles,
  writeMigration,
} from "@/lib/db/schema-engine";
import type { SchemaFile } from "@/lib/db/schema-engine";
import { createEmptyDatabase } from "./setup/test-database";
import type { TestDatabase } from "./setup/test-database";

const databases: TestDatabase[] = [];
const tempDirs: string[] = [];

afterAll(async () => {
  await Promise.all(databases.map((db) => db.drop()));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

async function emptyDatabase(): Promise<TestDatabase> {
  const db = await createEmptyDatabase("mig");
  databases.push(db);
  return db;
}

/** A scratch copy of prisma/migrations that a test may add to or edit. */
function copyOfMigrations(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "migrations-test-"));
  tempDirs.push(dir);
  cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

function addMigration(dir: string, name: string, sql: string): void {
  mkdirSync(path.join(dir, name));
  writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

async function query<R extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

type MigrationRow = {
  id: string;
  checksum: string;
  migration_name: string;
  logs: string | null;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
};

const migrationRows = (url: string) =>
  query<MigrationRow>(url, `SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);

const schemaFiles = readSchemaFiles();
const committed = readMigrations();

describe("prisma/migrations against prisma/schema.prisma", () => {
  it("holds at least one migration, each in Prisma's folder layout with Prisma's lock file", () => {
    const folders = readdirSync(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) {
      expect(folder.name).toMatch(/^\d{14}_[a-z0-9_]+$/);
      expect(readdirSync(path.join(DEFAULT_MIGRATIONS_DIR, folder.name))).toEqual(["migration.sql"]);
    }
    expect(readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, "migration_lock.toml"), "utf8")).toBe(MIGRATION_LOCK_CONTENT);
  });

  it("applying every migration with our runner to an empty database gives exactly the schema schema.prisma describes", async () => {
    const db = await emptyDatabase();
    expect(await applyMigrations(db.url)).toEqual(committed.map((m) => m.name));

    const drift = await diffDatabaseToSchema({ databaseUrl: db.url, schemaFiles });
    expect(drift, `schema.prisma needs this SQL on top of the migrations; run \`npm run db:migration -- <name>\`:\n${drift}`).toBeNull();
  });

  it("the comparison notices a database that differs from schema.prisma", async () => {
    // Guards against a check that passes vacuously (say, an engine that describes nothing).
    const db = await emptyDatabase();
    await applyMigrations(db.url);
    await query(db.url, `ALTER TABLE "User" ADD COLUMN "stray" INTEGER; DROP INDEX "Organisation_kind_name_idx"`);

    const drift = await diffDatabaseToSchema({ databaseUrl: db.url, schemaFiles });
    expect(drift).toContain(`ALTER TABLE "User" DROP COLUMN "stray"`);
    expect(drift).toContain(`CREATE INDEX "Organisation_kind_name_idx"`);
  });

  it("the migration authoring tool has nothing to write for the committed migrations", async () => {
    const sql = await diffMigrationsToSchema({ serverUrl: inject("adminDatabaseUrl"), migrationsDir: DEFAULT_MIGRATIONS_DIR, schemaFiles });
    expect(sql).toBeNull();
  });

  it("the authoring tool writes, for a changed schema, a migration our runner applies to reach that schema", async () => {
    const changed: SchemaFile[] = [
      {
        path: "schema.prisma",
        content: `${schemaFiles[0]?.content ?? ""}
model Note {
  id        String   @id @default(cuid())
  body      String
  createdAt DateTime @default(now())
}
`.replace("  lastSignInAt DateTime?\n", "  lastSignInAt DateTime?\n  nickname     String?\n"),
      },
    ];
    const dir = copyOfMigrations();

    const sql = await diffMigrationsToSchema({ serverUrl: inject("adminDatabaseUrl"), migrationsDir: dir, schemaFiles: changed });
    expect(sql).toContain(`CREATE TABLE "Note"`);
    expect(sql).toContain(`ALTER TABLE "User" ADD COLUMN     "nickname" TEXT`);

    const name = migrationDirectoryName("Add notes", new Date(Date.UTC(2999, 0, 2, 3, 4, 5)));
    expect(name).toBe("29990102030405_add_notes");
    writeMigration(dir, name, sql ?? "");

    const db = await emptyDatabase();
    expect(await applyMigrations(db.url, dir)).toEqual([...committed.map((m) => m.name), name]);
    expect(await diffDatabaseToSchema({ databaseUrl: db.url, schemaFiles: changed })).toBeNull();
    expect(await diffMigrationsToSchema({ serverUrl: inject("adminDatabaseUrl"), migrationsDir: dir, schemaFiles: changed })).toBeNull();
  });
});

describe("the migration runner", () => {
  it("records each migration in _prisma_migrations as Prisma Migrate does", async () => {
    const db = await emptyDatabase();
    const before = new Date(Date.now() - 1000);
    await applyMigrations(db.url);

    const rows = await migrationRows(db.url);
    expect(rows.map((row) => row.migration_name)).toEqual(committed.map((m) => m.name));
    for (const row of rows) {
      const bytes = readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at?.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.started_at.getTime()).toBeGreaterThan(before.getTime());
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
    }
  });

  it("applies nothing and records nothing on a second run", async () => {
    const db = await emptyDatabase();
    await applyMigrations(db.url);
    const first = await migrationRows(db.url);

    expect(await applyMigrations(db.url)).toEqual([]);
    expect(await migrationRows(db.url)).toEqual(first);
  });

  it("refuses to run when a migration was edited after it was applied", async () => {
    const dir = copyOfMigrations();
    const db = await emptyDatabase();
    await applyMigrations(db.url, dir);
    const last = committed.at(-1)?.name ?? "";
    appendFileSync(path.join(dir, last, "migration.sql"), "\n-- edited afterwards\n");
    addMigration(dir, "29990101000000_after_the_edit", `CREATE TABLE "AfterTheEdit" ("id" INTEGER);`);

    await expect(applyMigrations(db.url, dir)).rejects.toThrow(`Migration ${last} was changed after it was applied`);
    const [table] = await query<{ found: string | null }>(db.url, `SELECT to_regclass('public."AfterTheEdit"')::text AS found`);
    expect(table?.found).toBeNull();
  });

  it("leaves no row and no partial schema when a migration fails, and applies it once fixed", async () => {
    const dir = copyOfMigrations();
    const broken = "29990101000000_broken";
    addMigration(
      dir,
      broken,
      `CREATE TABLE "Partial" ("id" INTEGER NOT NULL);
ALTER TABLE "User" ADD COLUMN "partial" INTEGER;
INSERT INTO "NoSuchTable" VALUES (1);
`,
    );
    const db = await emptyDatabase();

    await expect(applyMigrations(db.url, dir)).rejects.toThrow(`Migration ${broken} failed: relation "NoSuchTable" does not exist`);

    expect((await migrationRows(db.url)).map((row) => row.migration_name)).toEqual(committed.map((m) => m.name));
    const [partial] = await query<{ partial_table: string | null; columns: number }>(
      db.url,
      `SELECT to_regclass('public."Partial"')::text AS partial_table,
              (SELECT count(*)::int FROM information_schema.columns WHERE table_name = 'User' AND column_name = 'partial') AS columns`,
    );
    expect(partial).toEqual({ partial_table: null, columns: 0 });

    writeFileSync(path.join(dir, broken, "migration.sql"), `CREATE TABLE "Partial" ("id" INTEGER NOT NULL);\n`);
    expect(await applyMigrations(db.url, dir)).toEqual([broken]);
  });
});
